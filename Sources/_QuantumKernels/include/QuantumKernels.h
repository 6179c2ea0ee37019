// _QuantumKernels: amplitude loops for the Quantum module. No stable API.
//
// Conventions shared by every kernel (read these once):
//
// * A state is `2^m` complex amplitudes stored as interleaved doubles
//   `re0, im0, re1, im1, ...` (the layout of Swift's `Complex<Double>`).
// * Qubit q is bit q of the basis index: qubit 0 is the least significant bit.
// * Argument order: the buffer and its qubit count first (`state, m`), then the
//   qubits the kernel acts on (controls as a bit mask, then targets), then the
//   matrix, angle or phase.
// * Matrices are row-major, interleaved complex. A two-qubit matrix acting on
//   qubits (q0, q1) uses the basis index `b0 + 2*b1` where b0 is the bit of q0:
//   rows and columns are ordered |q1 q0> = |00>, |01>, |10>, |11>.
// * Pauli strings are bit masks (the drawing below); an operator with masks
//   (x, z) is  i^popcount(x & z) * X^x * Z^z, so Y = i X Z:
//
//        qubit:   3 2 1 0
//        P    =   I Y Z X      x = 0b0101   (X or Y)
//                              z = 0b0110   (Z or Y)
//
//   P|b> = i^popcount(x&z) * (-1)^popcount(b & z) * |b XOR x>.
// * Rotations are exp(-i theta/2 * G) (G a Pauli string or product of Z's).
// * Every kernel is checked against a dense Kronecker-product reference in the
//   test suite at every target position.
//
// Each kernel exists twice: a portable build and an AVX2+FMA build selected at
// run time (see dispatch.c). Both give identical results up to rounding.

#ifndef PLATEAU_QUANTUM_KERNELS_H
#define PLATEAU_QUANTUM_KERNELS_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Gates (in place)

/// Applies a 2x2 complex matrix `u` (8 doubles) to qubit `t`.
void qk_matrix1(double *state, int m, int t, const double *u);

/// Applies the 2x2 matrix `u` to qubit `t` on the basis states whose bits in
/// `controls` are all 1 (controls must not contain `t`).
void qk_matrix1_controlled(double *state, int m, uint64_t controls, int t, const double *u);

/// Applies a real 2x2 rotation [[c, -s], [s, c]] to qubit `t` (RY(theta) has
/// c = cos(theta/2), s = sin(theta/2)).
void qk_rotation_y(double *state, int m, int t, double c, double s);

/// Applies k real matrices [[c_j, -s_j], [s_j, c_j]] to the distinct qubits
/// targets[0..k-1] in one pass over the state (1 <= k <= 3); they commute.
/// `cs` holds c_0, s_0, c_1, s_1, ... Rotations have c^2 + s^2 = 1; scaled
/// rotations with c == 1 or s == 1 exactly cost half as much (one FMA per
/// output).
void qk_rotations_y(double *state, int m, int k, const int *targets, const double *cs);

/// Multiplies amplitude b by low[b mod 2^lowBits] * high[b >> (lowBits - 1)]:
/// a diagonal that factors into a function of the low `lowBits` bits and a
/// function of the bits from lowBits-1 up (the windows overlap by one bit, so a
/// two-qubit diagonal on neighbouring window bits fits one of them). Tables are
/// complex (interleaved); `high` has 2^(m - lowBits + 1) entries.
/// Requires 2 <= lowBits <= m.
void qk_diagonal_tables(double *state, int m, const double *low, int lowBits, const double *high);

/// Applies a 4x4 complex matrix `u` (32 doubles) to qubits (q0, q1), q0 != q1.
void qk_matrix2(double *state, int m, int q0, int q1, const double *u);

/// Multiplies the amplitude of every basis state with bit t = 0 by d0 and with
/// bit t = 1 by d1 (d = re0, im0, re1, im1), on the basis states whose bits in
/// `controls` are all 1 (controls = 0: every basis state).
void qk_diagonal1(double *state, int m, uint64_t controls, int t, const double *d);

/// Multiplies by (re, im) every amplitude whose index has all bits of `mask`
/// set (mask = 0 multiplies every amplitude).
void qk_phase_mask(double *state, int m, uint64_t mask, double re, double im);

/// Applies exp(-i theta/2 * Z^zmask): amplitude b gets e^{-i theta/2} when
/// popcount(b & zmask) is even and e^{+i theta/2} when it is odd.
void qk_z_rotation(double *state, int m, uint64_t zmask, double theta);

/// Applies exp(-i theta/2 * P) for the Pauli string P = (xmask, zmask).
void qk_pauli_rotation(double *state, int m, uint64_t xmask, uint64_t zmask, double theta);

/// Applies the Pauli string P = (xmask, zmask) itself (a unitary).
void qk_pauli(double *state, int m, uint64_t xmask, uint64_t zmask);

/// Flips qubit `t` on the basis states whose bits in `controls` are all 1
/// (controls = 0 is a plain X).
void qk_x_controlled(double *state, int m, uint64_t controls, int t);

/// Exchanges qubits a and b (a != b).
void qk_swap(double *state, int m, int a, int b);

/// Adds coefficient * P src to dst for the Pauli string P = (xmask, zmask).
void qk_add_pauli(double *dst, const double *src, int m, uint64_t xmask, uint64_t zmask,
                  double coefficient);

// MARK: - Reductions

/// Returns Re <psi|P|psi> for the Pauli string P = (xmask, zmask).
double qk_pauli_expectation(const double *state, int m, uint64_t xmask, uint64_t zmask);

/// Computes sum over basis states b with all bits of `controls` set of
/// conj(bra[b]) * (P ket)[b], for P = (xmask, zmask); xmask must not overlap
/// `controls`. Writes the real and imaginary parts.
void qk_pauli_inner(const double *bra, const double *ket, int m, uint64_t controls,
                    uint64_t xmask, uint64_t zmask, double *re, double *im);

/// Returns sum |psi_b|^2.
double qk_norm_squared(const double *state, int m);

/// Writes |psi_b|^2 for every b into `probabilities` (2^m doubles).
void qk_probabilities(const double *state, int m, double *probabilities);

// MARK: - Dispatch

/// 1 when the AVX2+FMA kernels are in use, 0 for the portable ones.
int qk_uses_avx2(void);

/// Forces the portable kernels (1) or restores automatic selection (0).
/// Affects the calling thread only (kernels run by worker threads are not
/// affected); for tests and benchmarks.
void qk_force_portable(int portable);

#ifdef __cplusplus
}
#endif

#endif
