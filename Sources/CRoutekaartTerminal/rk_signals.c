#define _GNU_SOURCE
#include "rk_signals.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static int guard_fd = -1;
static struct termios saved_termios;
static int have_termios = 0;
static char reset_bytes[128];
static size_t reset_length = 0;
static char crash_note[1024];
static size_t crash_note_length = 0;
static int pipe_fd = -1;

static const int crash_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };

/* Every signal whose default is to end the program without a crash: each saves, restores
 * the terminal and exits with 128 + its number, as SIGTERM does. */
static const int ending_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
                                      SIGVTALRM, SIGPROF, SIGPWR, SIGIO, SIGSTKFLT, SIGXCPU, SIGXFSZ };
/* Signals that reach the pipe without ending anything: a changed window size, and going on
 * after a stop (SIGSTOP from outside, then `fg` or SIGCONT): the shell may have set the
 * terminal back to cooked mode and written over the screen meanwhile. */
static const int noted_signals[] = { SIGWINCH, SIGCONT };
#define RK_COUNT(list) (sizeof(list) / sizeof((list)[0]))

static void rk_crash_handler(int sig) {
    if (guard_fd >= 0) {
        if (reset_length > 0) {
            ssize_t ignored = write(guard_fd, reset_bytes, reset_length);
            (void)ignored;
        }
        if (have_termios) tcsetattr(guard_fd, TCSANOW, &saved_termios);
    }
    /* Only now, on a terminal back to normal, a word on what happened. */
    if (crash_note_length > 0) {
        ssize_t ignored = write(STDERR_FILENO, crash_note, crash_note_length);
        (void)ignored;
    }
    /* SA_RESETHAND restored the default action: raise again to crash as usual. */
    raise(sig);
}

static size_t rk_copy_bounded(char *into, size_t room, const char *text) {
    size_t length = strlen(text);
    if (length >= room) length = room - 1;
    memcpy(into, text, length);
    return length;
}

int rk_crash_guard_install(int tty_fd, const char *reset_sequence, const char *note) {
    guard_fd = tty_fd;
    have_termios = tcgetattr(tty_fd, &saved_termios) == 0;
    reset_length = rk_copy_bounded(reset_bytes, sizeof(reset_bytes), reset_sequence);
    crash_note_length = rk_copy_bounded(crash_note, sizeof(crash_note), note);
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = rk_crash_handler;
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof(crash_signals) / sizeof(crash_signals[0]); i++) {
        if (sigaction(crash_signals[i], &action, NULL) != 0) return -1;
    }
    return 0;
}

void rk_crash_guard_remove(void) {
    for (size_t i = 0; i < sizeof(crash_signals) / sizeof(crash_signals[0]); i++) {
        signal(crash_signals[i], SIG_DFL);
    }
    guard_fd = -1;
}

static void rk_pipe_handler(int sig) {
    int saved_errno = errno; /* the interrupted code may be about to read it */
    if (pipe_fd >= 0) {
        unsigned char byte = (unsigned char)sig;
        ssize_t ignored = write(pipe_fd, &byte, 1);
        (void)ignored;
    }
    errno = saved_errno;
}

void rk_suspend_signal_ignore(void) { signal(SIGTSTP, SIG_IGN); }

int rk_signal_pipe_install(int write_fd) {
    pipe_fd = write_fd;
    /* A parent may have blocked these (test runners, some launchers); the run loop
     * needs them. */
    sigset_t wanted;
    sigemptyset(&wanted);
    for (size_t i = 0; i < RK_COUNT(ending_signals); i++) sigaddset(&wanted, ending_signals[i]);
    for (size_t i = 0; i < RK_COUNT(noted_signals); i++) sigaddset(&wanted, noted_signals[i]);
    for (size_t i = 0; i < RK_COUNT(crash_signals); i++) sigaddset(&wanted, crash_signals[i]);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL); /* the calling thread's mask: sigprocmask is unspecified with threads */
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = rk_pipe_handler;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < RK_COUNT(ending_signals); i++) {
        if (sigaction(ending_signals[i], &action, NULL) != 0) return -1;
    }
    for (size_t i = 0; i < RK_COUNT(noted_signals); i++) {
        if (sigaction(noted_signals[i], &action, NULL) != 0) return -1;
    }
    signal(SIGPIPE, SIG_IGN);
    return 0;
}
