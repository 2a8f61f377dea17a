// The functions of this target are static inline, in include/climate_support.h.
#include "climate_support.h"
