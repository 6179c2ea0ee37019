// The AVX2+FMA copy of the kernels, used when the CPU has both (dispatch.c).
// Every function in this file is compiled for that target; nothing here runs
// unless dispatch.c has checked the CPU first.
#include <math.h>
#include <stdint.h>
#include "kernels_internal.h"

#if defined(__x86_64__) && defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#define QK_NAME(f) qk_avx2_##f
#define QK_HAND_VECTORIZED 1  // rotations_y and diagonal_tables: kernels_avx2_tuned.c
#include "kernels_body.inc"
#pragma clang attribute pop
#endif
