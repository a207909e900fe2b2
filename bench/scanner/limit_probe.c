/* The limit probe: the fastest connect sweep this machine can run, as plain as it gets. Non-blocking connect()s
 * kept IN_FLIGHT at a time in one epoll set, each given TIMEOUT_MS; prints the ports that completed.
 *
 *   cc -O2 -o limit_probe limit_probe.c && ./limit_probe 127.0.0.1 1 65535 16000 200
 *
 * It does not look for a socket connected to itself, so on loopback it may list ports in the ephemeral range that no
 * service listens on. Used only by bench/scanner.sh against loopback or a test namespace. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static long long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(int argc, char **argv) {
    if (argc != 6) { fprintf(stderr, "usage: %s ADDRESS FIRST LAST IN_FLIGHT TIMEOUT_MS\n", argv[0]); return 64; }
    struct sockaddr_in target = {.sin_family = AF_INET};
    if (inet_pton(AF_INET, argv[1], &target.sin_addr) != 1) { fprintf(stderr, "bad address\n"); return 64; }
    int first = atoi(argv[2]), last = atoi(argv[3]), in_flight = atoi(argv[4]), timeout = atoi(argv[5]);
    struct rlimit limit;
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    if ((rlim_t)in_flight > limit.rlim_cur - 16) in_flight = (int)limit.rlim_cur - 16;
    int epoll = epoll_create1(0);
    int *port_of = calloc(limit.rlim_cur + 1, sizeof(int));
    long long *deadline = calloc(limit.rlim_cur + 1, sizeof(long long));
    struct epoll_event events[1024];
    int next = first, active = 0, open_count = 0;
    long long start = now_ms();
    while (next <= last || active > 0) {
        while (active < in_flight && next <= last) {
            int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            if (fd < 0) break;
            target.sin_port = htons(next);
            if (connect(fd, (struct sockaddr *)&target, sizeof target) == 0) {
                printf("open %d\n", next);
                open_count++;
                close(fd);
            } else if (errno == EINPROGRESS) {
                struct epoll_event event = {.events = EPOLLOUT, .data.fd = fd};
                epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
                port_of[fd] = next;
                deadline[fd] = now_ms() + timeout;
                active++;
            } else {
                close(fd);
            }
            next++;
        }
        int count = epoll_wait(epoll, events, 1024, 10);
        for (int i = 0; i < count; i++) {
            int fd = events[i].data.fd, error = 0;
            socklen_t length = sizeof error;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error == 0) { printf("open %d\n", port_of[fd]); open_count++; }
            epoll_ctl(epoll, EPOLL_CTL_DEL, fd, NULL);
            close(fd);
            port_of[fd] = 0;
            active--;
        }
        long long now = now_ms();
        for (rlim_t fd = 0; active > 0 && fd <= limit.rlim_cur && fd < (rlim_t)(in_flight + 64); fd++) {
            if (port_of[fd] && deadline[fd] <= now) {
                epoll_ctl(epoll, EPOLL_CTL_DEL, (int)fd, NULL);
                close((int)fd);
                port_of[fd] = 0;
                active--;
            }
        }
    }
    fprintf(stderr, "limit-probe open=%d seconds=%.3f\n", open_count, (now_ms() - start) / 1000.0);
    return 0;
}
