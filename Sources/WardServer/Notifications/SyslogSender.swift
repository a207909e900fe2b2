import Foundation
import NIOCore
import NIOPosix

/// Sends one ``SyslogRecord`` to a collector: one UDP datagram (RFC 5426), or one octet-counted frame on a new TCP
/// connection (RFC 6587) that is closed once the frame is written.
enum SyslogSender {
    static func send(
        _ alert: AlertNotification,
        to syslog: NotificationChannel.Syslog,
        connectTimeout: Duration
    ) async throws {
        let record = SyslogRecord(
            alert: alert,
            facility: syslog.facility,
            hostname: syslog.hostname ?? SyslogRecord.localHostname
        )
        switch syslog.transport {
        case .udp:
            let payload = record.text(maximumLength: SyslogRecord.maximumDatagramLength)
            let address: SocketAddress
            do {
                address = try SocketAddress.makeAddressResolvingHost(syslog.host, port: syslog.port)
            } catch {
                throw DeliveryFailure(reason: "could not resolve \(syslog.host): \(error)", transient: true)
            }
            let local = address.protocol == .inet6 ? "::" : "0.0.0.0"
            do {
                let channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .bind(host: local, port: 0).get()
                do {
                    try await channel.writeAndFlush(
                        AddressedEnvelope(remoteAddress: address, data: ByteBuffer(string: payload))
                    ).get()
                } catch {
                    try? await channel.close()
                    throw error
                }
                try? await channel.close()
            } catch {
                throw DeliveryFailure(reason: "could not send the datagram: \(error)", transient: false)
            }
        case .tcp:
            let frame = SyslogRecord.octetCounted(record.text())
            let channel: any Channel
            do {
                channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connectTimeout(Notifier.timeAmount(connectTimeout))
                    .connect(host: syslog.host, port: syslog.port).get()
            } catch {
                throw DeliveryFailure(reason: "could not connect: \(error)", transient: true)
            }
            do {
                // The write's future completes once the bytes are in the socket, so closing afterwards loses nothing.
                try await channel.writeAndFlush(ByteBuffer(string: frame)).get()
            } catch {
                try? await channel.close()
                throw DeliveryFailure(reason: "the connection failed while sending: \(error)", transient: true)
            }
            try? await channel.close()
        }
    }
}
