#define _GNU_SOURCE
#include "rk_output.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static int tty_out = -1;      /* the terminal */
static int ncurses_out = -1;  /* what ncurses writes to: the terminal, or the memory file while gathering */
static int tty_copy = -1;     /* the terminal, to point ncurses_out back at */
static int frame_file = -1;   /* the memory file */
static int gathering = 0;
static char *frame = NULL;
static size_t frame_room = 0;

static void rk_write_all(int fd, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t written = write(fd, bytes, count);
        if (written > 0) {
            bytes += written;
            count -= (size_t)written;
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            struct pollfd ready = { .fd = fd, .events = POLLOUT, .revents = 0 };
            poll(&ready, 1, 1000);
        } else {
            return;
        }
    }
}

/* Reads up to `count` bytes of the memory file from `offset` into `into`; returns how many. */
static size_t rk_read_at(char *into, size_t count, size_t offset) {
    size_t have = 0;
    while (have < count) {
        ssize_t got = pread(frame_file, into + have, count - have, (off_t)(offset + have));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        have += (size_t)got;
    }
    return have;
}

static void rk_copy_in_pieces(size_t length) {
    char piece[4096];
    for (size_t offset = 0; offset < length;) {
        size_t got = rk_read_at(piece, length - offset < sizeof piece ? length - offset : sizeof piece, offset);
        if (got == 0) break;
        rk_write_all(tty_out, piece, got);
        offset += got;
    }
    lseek(frame_file, 0, SEEK_SET);
}

int rk_output_open(int tty_fd) {
    tty_out = tty_fd;
    ncurses_out = fcntl(tty_fd, F_DUPFD_CLOEXEC, 3);
    if (ncurses_out < 0) return -1;
    tty_copy = fcntl(tty_fd, F_DUPFD_CLOEXEC, 3);
    frame_file = memfd_create("routekaart-frame", MFD_CLOEXEC);
    if (tty_copy < 0 || frame_file < 0) rk_output_close();
    return ncurses_out;
}

void rk_output_gather(void) {
    if (frame_file < 0 || gathering) return;
    if (dup2(frame_file, ncurses_out) < 0) return;
    gathering = 1;
}

void rk_output_send(void) {
    if (!gathering) return;
    gathering = 0;
    dup2(tty_copy, ncurses_out);  /* the descriptor ncurses knows is the terminal again */
    off_t length = lseek(frame_file, 0, SEEK_CUR);
    if (length <= 0) return;
    if ((size_t)length > frame_room) {
        char *larger = realloc(frame, (size_t)length);
        if (larger == NULL) {  /* no room for it whole: the frame still goes out, in pieces */
            rk_copy_in_pieces((size_t)length);
            return;
        }
        frame = larger;
        frame_room = (size_t)length;
    }
    size_t have = rk_read_at(frame, (size_t)length, 0);
    lseek(frame_file, 0, SEEK_SET);  /* the next frame writes over this one: no pages freed and taken again */
    rk_write_all(tty_out, frame, have);  /* a terminal gone is noticed by the run loop's poll */
}

void rk_output_close(void) {
    if (gathering) rk_output_send();
    if (frame_file >= 0) close(frame_file);
    if (tty_copy >= 0) close(tty_copy);
    frame_file = -1;
    tty_copy = -1;
    free(frame);
    frame = NULL;
    frame_room = 0;
}
