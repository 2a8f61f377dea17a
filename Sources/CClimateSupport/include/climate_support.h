#ifndef CLIMATE_SUPPORT_H
#define CLIMATE_SUPPORT_H

#include <stdint.h>

/// Hints the processor to load the cache line at `address` for reading (no fault if invalid).
/// Swift has no prefetch of its own; hash look-ups a few tokens ahead use this to overlap their
/// memory latency with the work on the tokens before them.
static inline void climate_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// The spin-wait hint (`pause` on x86): lets the other hyperthread run and saves power.
static inline void climate_pause(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

/// Loads with acquire order and stores with release order, for tables that one writer fills while
/// other threads read them without a lock (plain moves on x86, ordering guaranteed to the compiler).
static inline uint64_t climate_load_acquire_u64(const uint64_t *address) {
    return __atomic_load_n(address, __ATOMIC_ACQUIRE);
}

static inline void climate_store_release_u64(uint64_t *address, uint64_t value) {
    __atomic_store_n(address, value, __ATOMIC_RELEASE);
}

static inline void *climate_load_acquire_pointer(void *const *address) {
    return __atomic_load_n(address, __ATOMIC_ACQUIRE);
}

static inline void climate_store_release_pointer(void **address, void *value) {
    __atomic_store_n(address, value, __ATOMIC_RELEASE);
}

#endif
