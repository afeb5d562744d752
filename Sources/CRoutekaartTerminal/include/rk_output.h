#ifndef ROUTEKAART_OUTPUT_H
#define ROUTEKAART_OUTPUT_H

/* One write a frame. ncurses flushes its output at every cursor move, so a changed screen
 * would leave in dozens of small writes, each of which a terminal may show on its own (and
 * each wakes whatever reads the terminal). While a frame is drawn, ncurses writes into a
 * file in memory instead; the whole frame then goes to the terminal in one write. */

/* Returns the descriptor ncurses is to write to (the output of newterm): a copy of
 * `tty_fd`. Without a memory file (an old kernel) ncurses simply writes to the terminal. */
int rk_output_open(int tty_fd);

/* From now until rk_output_send, what ncurses writes is gathered in memory. */
void rk_output_gather(void);

/* Points ncurses at the terminal again and writes what was gathered in one write (a
 * partial write is completed). */
void rk_output_send(void);

/* Closes the memory file; ncurses keeps writing to the terminal. */
void rk_output_close(void);

#endif
