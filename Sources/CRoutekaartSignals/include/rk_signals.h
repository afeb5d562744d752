#ifndef ROUTEKAART_SIGNALS_H
#define ROUTEKAART_SIGNALS_H

/* Saves the terminal's settings of `tty_fd` and the bytes that reset the screen, then
 * installs handlers for SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS and SIGFPE (what a
 * Swift runtime trap raises). A handler writes the reset bytes, restores the saved
 * settings and raises the signal again, so the projector is never left garbled. */
int rk_crash_guard_install(int tty_fd, const char *reset_sequence);

/* Removes the crash handlers (after the terminal has been restored normally). */
void rk_crash_guard_remove(void);

/* Routes SIGINT, SIGTERM and SIGHUP into a pipe: the handler writes the signal number
 * as one byte to `write_fd`. The run loop reads it and exits cleanly. Ignores SIGPIPE;
 * unblocks these signals, SIGWINCH and the crash signals. */
int rk_signal_pipe_install(int write_fd);

#endif
