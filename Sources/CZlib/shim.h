#ifndef MEDIACLIMATE_CZLIB_SHIM_H
#define MEDIACLIMATE_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro Swift cannot call; expose it as a function. */
static inline int mc_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
