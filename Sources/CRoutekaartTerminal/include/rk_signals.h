#ifndef ROUTEKAART_SIGNALS_H
#define ROUTEKAART_SIGNALS_H

/* Saves the terminal's settings of `tty_fd` and the bytes that reset the screen, then
 * installs handlers for SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS and SIGFPE (what a
 * Swift runtime trap raises). A handler writes the reset bytes, restores the saved
 * settings, writes `note` to stderr and raises the signal again: the projector is never
 * left garbled, and what is said about the crash comes after the terminal is whole. */
int rk_crash_guard_install(int tty_fd, const char *reset_sequence, const char *note);

/* Removes the crash handlers (after the terminal has been restored normally). */
void rk_crash_guard_remove(void);

/* Routes every signal whose default is to end the program (SIGINT, SIGTERM, SIGHUP,
 * SIGQUIT, SIGUSR1/2, SIGALRM, SIGPWR and the rest), SIGWINCH and SIGCONT into a pipe: the
 * handler writes the signal number as one byte to `write_fd` (and leaves errno as it found
 * it). For SIGWINCH the run loop reads the new size and resizes the screen; for SIGCONT it
 * puts the terminal back in the program's mode and draws every cell again; for the others
 * it saves, restores the terminal and exits with 128 + the number. Called before ncurses starts, so that ncurses leaves
 * SIGWINCH to the program: a size is then never read while a frame is drawn. Ignores
 * SIGPIPE; unblocks these signals and the crash signals. */
int rk_signal_pipe_install(int write_fd);

/* Ignores SIGTSTP. Called before ncurses starts: it then leaves SIGTSTP alone, instead
 * of setting its action twice on every refresh (Ctrl-Z is a key, see the terminal setup). */
void rk_suspend_signal_ignore(void);

#endif
