// The Linux epoll interface for WardScanner's connect sweep (Swift's Glibc module does not export it).
#ifndef WARD_EPOLL_H
#define WARD_EPOLL_H
#ifdef __linux__
#include <sys/epoll.h>
#endif
#endif
