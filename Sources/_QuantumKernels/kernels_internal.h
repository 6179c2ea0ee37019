// Declarations of the two kernel copies (portable and AVX2) for dispatch.c.
#ifndef PLATEAU_KERNELS_INTERNAL_H
#define PLATEAU_KERNELS_INTERNAL_H
#include <stdint.h>

#define QK_DECLARE_KERNELS(prefix)                                                             \
  void prefix##matrix1(double *, int, int, const double *);                                   \
  void prefix##matrix1_controlled(double *, int, uint64_t, int, const double *);              \
  void prefix##rotation_y(double *, int, int, double, double);                                \
  void prefix##rotations_y(double *, int, int, const int *, const double *);                  \
  void prefix##diagonal_tables(double *, int, const double *, int, const double *);           \
  void prefix##matrix2(double *, int, int, int, const double *);                              \
  void prefix##diagonal1(double *, int, uint64_t, int, const double *);                       \
  void prefix##add_pauli(double *, const double *, int, uint64_t, uint64_t, double);          \
  void prefix##phase_mask(double *, int, uint64_t, double, double);                           \
  void prefix##z_rotation(double *, int, uint64_t, double);                                   \
  void prefix##pauli_rotation(double *, int, uint64_t, uint64_t, double);                     \
  void prefix##pauli(double *, int, uint64_t, uint64_t);                                      \
  void prefix##x_controlled(double *, int, uint64_t, int);                                    \
  void prefix##swap(double *, int, int, int);                                                 \
  double prefix##pauli_expectation(const double *, int, uint64_t, uint64_t);                  \
  void prefix##pauli_inner(const double *, const double *, int, uint64_t, uint64_t, uint64_t, \
                           double *, double *);                                               \
  double prefix##norm_squared(const double *, int);                                           \
  void prefix##probabilities(const double *, int, double *);

QK_DECLARE_KERNELS(qk_portable_)
#if defined(__x86_64__) && defined(__clang__)
QK_DECLARE_KERNELS(qk_avx2_)
// Hand-vectorized replacements (kernels_avx2_tuned.c).
void qk_avx2_matrix1_tuned(double *, int, int, const double *);
void qk_avx2_pauli_inner_tuned(const double *, const double *, int, uint64_t, uint64_t, uint64_t,
                               double *, double *);
#define QK_HAVE_AVX2_BUILD 1
#else
#define QK_HAVE_AVX2_BUILD 0
#endif

#endif
