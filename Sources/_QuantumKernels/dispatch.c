// Chooses between the portable and the AVX2+FMA kernels once, on first use.
#include "QuantumKernels.h"
#include "kernels_internal.h"

static int use_avx2_state = -1;  // -1: not decided yet
static _Thread_local int forced_portable = 0;  // per thread, so tests can compare

static int detect_avx2(void) {
#if QK_HAVE_AVX2_BUILD
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
  return 0;
#endif
}

int qk_uses_avx2(void) {
  if (forced_portable) return 0;
  int state = __atomic_load_n(&use_avx2_state, __ATOMIC_RELAXED);
  if (state < 0) {
    state = detect_avx2();
    __atomic_store_n(&use_avx2_state, state, __ATOMIC_RELAXED);
  }
  return state;
}

void qk_force_portable(int portable) { forced_portable = portable; }

#if QK_HAVE_AVX2_BUILD
#define QK_DISPATCH(name, args) \
  return qk_uses_avx2() ? qk_avx2_##name args : qk_portable_##name args
#define QK_DISPATCH_VOID(name, args) \
  do { if (qk_uses_avx2()) qk_avx2_##name args; else qk_portable_##name args; } while (0)
#else
#define QK_DISPATCH(name, args) return qk_portable_##name args
#define QK_DISPATCH_VOID(name, args) qk_portable_##name args
#endif

void qk_matrix1(double *s, int m, int t, const double *u) {
#if QK_HAVE_AVX2_BUILD
  if (qk_uses_avx2() && m >= 2) { qk_avx2_matrix1_tuned(s, m, t, u); return; }
#endif
  qk_portable_matrix1(s, m, t, u);
}
void qk_matrix1_controlled(double *s, int m, uint64_t c, int t, const double *u) {
  QK_DISPATCH_VOID(matrix1_controlled, (s, m, c, t, u));
}
void qk_rotation_y(double *s, int m, int t, double c, double sn) {
#if QK_HAVE_AVX2_BUILD
  if (qk_uses_avx2()) {
    const double cs[2] = {c, sn};
    qk_avx2_rotations_y(s, m, 1, &t, cs);
    return;
  }
#endif
  qk_portable_rotation_y(s, m, t, c, sn);
}
void qk_rotations_y(double *s, int m, int k, const int *t, const double *cs) {
  QK_DISPATCH_VOID(rotations_y, (s, m, k, t, cs));
}
void qk_diagonal_tables(double *s, int m, const double *low, int lowBits, const double *high) {
  QK_DISPATCH_VOID(diagonal_tables, (s, m, low, lowBits, high));
}
void qk_matrix2(double *s, int m, int q0, int q1, const double *u) {
  QK_DISPATCH_VOID(matrix2, (s, m, q0, q1, u));
}
void qk_diagonal1(double *s, int m, uint64_t c, int t, const double *d) {
  QK_DISPATCH_VOID(diagonal1, (s, m, c, t, d));
}
void qk_add_pauli(double *dst, const double *src, int m, uint64_t x, uint64_t z, double c) {
  QK_DISPATCH_VOID(add_pauli, (dst, src, m, x, z, c));
}
void qk_phase_mask(double *s, int m, uint64_t mask, double re, double im) {
  QK_DISPATCH_VOID(phase_mask, (s, m, mask, re, im));
}
void qk_z_rotation(double *s, int m, uint64_t z, double theta) {
  QK_DISPATCH_VOID(z_rotation, (s, m, z, theta));
}
void qk_pauli_rotation(double *s, int m, uint64_t x, uint64_t z, double theta) {
  QK_DISPATCH_VOID(pauli_rotation, (s, m, x, z, theta));
}
void qk_pauli(double *s, int m, uint64_t x, uint64_t z) { QK_DISPATCH_VOID(pauli, (s, m, x, z)); }
void qk_x_controlled(double *s, int m, uint64_t c, int t) { QK_DISPATCH_VOID(x_controlled, (s, m, c, t)); }
void qk_swap(double *s, int m, int a, int b) { QK_DISPATCH_VOID(swap, (s, m, a, b)); }
void qk_pauli_inner(const double *bra, const double *ket, int m, uint64_t c, uint64_t x, uint64_t z,
                    double *re, double *im) {
#if QK_HAVE_AVX2_BUILD
  if (qk_uses_avx2()) { qk_avx2_pauli_inner_tuned(bra, ket, m, c, x, z, re, im); return; }
#endif
  qk_portable_pauli_inner(bra, ket, m, c, x, z, re, im);
}
double qk_pauli_expectation(const double *s, int m, uint64_t x, uint64_t z) {
  double re, im;
  qk_pauli_inner(s, s, m, 0, x, z, &re, &im);
  return re;
}
double qk_norm_squared(const double *s, int m) { QK_DISPATCH(norm_squared, (s, m)); }
void qk_probabilities(const double *s, int m, double *p) { QK_DISPATCH_VOID(probabilities, (s, m, p)); }
