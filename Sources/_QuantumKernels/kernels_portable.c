// The portable copy of the kernels (baseline instruction set).
#include <math.h>
#include <stdint.h>
#include "kernels_internal.h"

#define QK_NAME(f) qk_portable_##f
#include "kernels_body.inc"
