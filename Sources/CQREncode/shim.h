#ifndef RK_QRENCODE_SHIM_H
#define RK_QRENCODE_SHIM_H
#include <qrencode.h>

/* Whether module (x, y) of a QR code is dark: libqrencode keeps it in the lowest bit. */
static inline int rk_qr_dark(const QRcode *code, int x, int y) {
    return code->data[y * code->width + x] & 1;
}
#endif
