#ifndef ROUTEKAART_CNCURSESW_SHIM_H
#define ROUTEKAART_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

/* Swift imports no function-like macros; these small functions stand in for them. */

static inline int rk_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rk_key_resize(void) { return KEY_RESIZE; }
static inline int rk_key_up(void) { return KEY_UP; }
static inline int rk_key_down(void) { return KEY_DOWN; }
static inline int rk_key_left(void) { return KEY_LEFT; }
static inline int rk_key_right(void) { return KEY_RIGHT; }
static inline int rk_key_home(void) { return KEY_HOME; }
static inline int rk_key_end(void) { return KEY_END; }
static inline int rk_key_ppage(void) { return KEY_PPAGE; }
static inline int rk_key_npage(void) { return KEY_NPAGE; }
static inline int rk_key_backspace(void) { return KEY_BACKSPACE; }
static inline int rk_key_dc(void) { return KEY_DC; }

/* Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~, which arrive
   as these two key codes, so an Escape inside a paste is text, not a key. */
static inline int rk_key_paste_start(void) { return KEY_MAX + 1; }
static inline int rk_key_paste_end(void) { return KEY_MAX + 2; }
static inline void rk_bracketed_paste_on(void) {
    define_key("\033[200~", KEY_MAX + 1);
    define_key("\033[201~", KEY_MAX + 2);
    fputs("\033[?2004h", stdout);
    fflush(stdout);
}
static inline void rk_bracketed_paste_off(void) {
    fputs("\033[?2004l", stdout);
    fflush(stdout);
}
static inline int rk_key_ic(void) { return KEY_IC; }
static inline int rk_key_enter(void) { return KEY_ENTER; }
static inline int rk_key_btab(void) { return KEY_BTAB; }
static inline int rk_key_f(int n) { return KEY_F(n); }
static inline int rk_key_sleft(void) { return KEY_SLEFT; }
static inline int rk_key_sright(void) { return KEY_SRIGHT; }
static inline int rk_key_mouse(void) { return KEY_MOUSE; }

/* newterm on the standard output and input: unlike initscr it returns NULL instead of exiting. */
static inline WINDOW *rk_start(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return NULL;
    set_term(screen);
    return stdscr;
}

/* A string capability of the terminal set up, or NULL when it has none. */
static inline const char *rk_capability(const char *name) {
    const char *value = tigetstr(name);
    return value == (const char *)-1 ? NULL : value;
}

/* A boolean capability of the terminal set up: 1 when it has it. */
static inline int rk_flag(const char *name) { return tigetflag(name) == 1; }

/* A parameterised capability with one or two numbers filled in (tiparm takes a variable
   number of arguments, which Swift cannot pass); "" when terminfo cannot fill it. */
static inline const char *rk_fill1(const char *capability, int a) {
    const char *filled = tiparm(capability, a);
    return filled == NULL ? "" : filled;
}
static inline const char *rk_fill2(const char *capability, int a, int b) {
    const char *filled = tiparm(capability, a, b);
    return filled == NULL ? "" : filled;
}

/* The program's terminal mode again (raw, no echo, keypad), as after the start: after a
   stop the shell may have left the terminal cooked. Bracketed paste is asked for again. */
static inline void rk_resume_program_mode(void) {
    reset_prog_mode();
    rk_bracketed_paste_on();
}

/* Reads the window's size from the terminal and resizes the screen to it (the next
   refresh then sends every cell); 1 when the size changed. */
static inline int rk_resize_to_terminal(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    if (!is_term_resized(size.ws_row, size.ws_col)) return 0;
    return resizeterm(size.ws_row, size.ws_col) == OK;
}

/* 1 when TERM names a terminal that can place the cursor: known to terminfo and not
   "dumb". Asked before any file is touched; leaves no terminal set up. */
static inline int rk_terminal_usable(void) {
    int status = 0;
    if (setupterm(NULL, STDOUT_FILENO, &status) != OK) return 0;
    const char *move = tigetstr("cup");
    int usable = move != NULL && move != (const char *)-1;
    del_curterm(cur_term);
    return usable;
}

/* XON/XOFF flow control, the quit and the suspend character off while full-screen, as
   editors do: Ctrl-S must not freeze the screen (and with it saving and signals), Ctrl-\
   must not paint a backtrace over it, Ctrl-Z must not drop the room into a shell (it is
   undo). ncurses keeps this as the program's mode; endwin gives the shell its own back. */
static inline void rk_flow_control_and_quit_key_off(void) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return;
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    t.c_cc[VQUIT] = _POSIX_VDISABLE;  /* Ctrl-\ is a key too, not SIGQUIT */
    t.c_cc[VSUSP] = _POSIX_VDISABLE;  /* Ctrl-Z is a key too, not SIGTSTP */
    if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0) def_prog_mode();
}

/* Drops keys typed ahead, so that they never run in the shell after the program ends. */
static inline void rk_drop_typed_ahead(void) { tcflush(STDIN_FILENO, TCIFLUSH); }


#endif
