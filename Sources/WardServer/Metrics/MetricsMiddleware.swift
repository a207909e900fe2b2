import Hummingbird
import Prometheus

/// Counts requests and their durations by method, route and status, for Prometheus.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = WardRequestContext
    let registry: PrometheusCollectorRegistry

    static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "ward",
            subsystem: "http",
            metricName: "requests",
            unitName: "total",
            helpText: "HTTP requests by method, route and status"
        )
    }
    static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "ward",
            subsystem: "http",
            metricName: "request_duration",
            unitName: "seconds",
            helpText: "HTTP request duration by method and route"
        )
    }

    static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
    ]

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let start = ContinuousClock.now
        var status = 500
        defer {
            // The matched route pattern, not the raw path, keeps the label set small.
            let route = context.endpointPath ?? "unmatched"
            let labels = [("method", request.method.rawValue), ("route", route), ("status", String(status))]
            registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
            registry.makeDurationHistogram(
                descriptor: Self.duration,
                labels: [("method", request.method.rawValue), ("route", route)],
                buckets: Self.buckets
            ).record(ContinuousClock.now - start)
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch let error as any HTTPResponseError {
            status = error.status.code
            throw error
        }
    }
}
