#ifndef CLIMATE_SUPPORT_H
#define CLIMATE_SUPPORT_H

/// Hints the processor to load the cache line at `address` for reading (no fault if invalid).
/// Swift has no prefetch of its own; hash look-ups a few tokens ahead use this to overlap their
/// memory latency with the work on the tokens before them.
static inline void climate_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
