// Empty: the target exists only to export <sys/epoll.h> to Swift.
#include "ward_epoll.h"
