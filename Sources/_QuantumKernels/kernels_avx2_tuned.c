// Hand-vectorized AVX2+FMA kernels for the hottest loops. The other AVX2 kernels are
// the portable bodies compiled for AVX2 (kernels_avx2.c). Only dispatch.c calls these,
// after checking the CPU.
//
// Vector layout: one __m256d holds two complex amplitudes, [re0, im0, re1, im1].
#include <stdint.h>
#include "kernels_internal.h"

#if QK_HAVE_AVX2_BUILD
#include <immintrin.h>

#define QK_AVX2 __attribute__((target("avx2,fma")))

static inline uint64_t insert_zero_bit(uint64_t i, int t) {
  uint64_t low = i & ((UINT64_C(1) << t) - 1);
  return ((i >> t) << (t + 1)) | low;
}

// [re0, im0, re1, im1] -> [im0, re0, im1, re1]
QK_AVX2 static inline __m256d swap_re_im(__m256d v) { return _mm256_permute_pd(v, 0x5); }

// The loop of qk_avx2_rotations_y for NS vector slots (targets other than qubit 0, in
// ascending order `slots`) and ZERO = whether qubit 0 is a target; always inlined with
// constant NS and ZERO so the 2^NS vectors stay in registers. The amplitudes below the
// lowest slot bit are contiguous: the inner loop walks them two at a time (one vector).
QK_AVX2 __attribute__((always_inline)) static inline void rotations_loop(
    double *s, int m, const int NS, const int ZERO, const int SCALED, const int *slots,
    const uint64_t *offset, const __m256d *c, const __m256d *sn, __m256d zc, __m256d zs) {
  const int low = NS > 0 ? slots[0] : m;  // the run below the lowest slot bit
  const uint64_t run = UINT64_C(1) << low;
  const uint64_t outer = UINT64_C(1) << (m - low - NS);
  // `base` walks the indices with zeros at the slot bits and below `low`:
  // ((base | skip) + 1) & ~skip is the next one (the carry jumps over the skipped bits).
  uint64_t skip = run - 1;
  for (int j = 0; j < NS; j++) skip |= UINT64_C(1) << slots[j];
  uint64_t base = 0;
  for (uint64_t o = 0; o < outer; o++, base = ((base | skip) + 1) & ~skip) {
    for (uint64_t r = 0; r < run; r += 2) {
      double *p0 = s + 2 * (base + r);
      __m256d v[8];
      for (int p = 0; p < (1 << NS); p++) v[p] = _mm256_loadu_pd(p0 + 2 * offset[p]);
      if (ZERO) {
        // Rotation on qubit 0: the two lanes of each vector are |..0> and |..1>.
        for (int p = 0; p < (1 << NS); p++) {
          const __m256d swapped = _mm256_permute2f128_pd(v[p], v[p], 1);
          v[p] = _mm256_fmadd_pd(swapped, zs, SCALED ? v[p] : _mm256_mul_pd(v[p], zc));
        }
      }
      for (int j = 0; j < NS; j++) {
        const int bit = 1 << j;
        for (int p = 0; p < (1 << NS); p++) {
          if (p & bit) continue;
          const __m256d a = v[p], b = v[p | bit];
          if (SCALED) {  // [[1, -s], [s, 1]]: one FMA per output
            v[p] = _mm256_fnmadd_pd(sn[j], b, a);
            v[p | bit] = _mm256_fmadd_pd(sn[j], a, b);
          } else {
            v[p] = _mm256_fnmadd_pd(sn[j], b, _mm256_mul_pd(c[j], a));
            v[p | bit] = _mm256_fmadd_pd(sn[j], a, _mm256_mul_pd(c[j], b));
          }
        }
      }
      for (int p = 0; p < (1 << NS); p++) _mm256_storeu_pd(p0 + 2 * offset[p], v[p]);
    }
  }
}

// Rotations on distinct qubits commute, so the kernel applies the qubit-0 rotation (a
// lane swap inside each vector) first and the others between vectors.
QK_AVX2 void qk_avx2_rotations_y(double *s, int m, int k, const int *targets, const double *cs) {
  if (m < 2 || k < 1 || k > 3) { qk_portable_rotations_y(s, m, k, targets, cs); return; }
  __m256d c[3], sn[3], zc = _mm256_setzero_pd(), zs = _mm256_setzero_pd();
  int order[3], ns = 0, has_zero = 0, scaled = 1;
  for (int j = 0; j < k; j++) scaled &= cs[2 * j] == 1.0;
  for (int j = 0; j < k; j++) {
    if (targets[j] == 0) {
      has_zero = 1;
      zc = _mm256_set1_pd(cs[2 * j]);
      zs = _mm256_setr_pd(-cs[2 * j + 1], -cs[2 * j + 1], cs[2 * j + 1], cs[2 * j + 1]);
    } else {
      order[ns++] = j;
    }
  }
  // Slots in ascending qubit order (rotations commute, so their order is free).
  for (int a = 0; a < ns; a++)
    for (int b = a + 1; b < ns; b++)
      if (targets[order[b]] < targets[order[a]]) { int t = order[a]; order[a] = order[b]; order[b] = t; }
  int slots[3];
  for (int j = 0; j < ns; j++) {
    slots[j] = targets[order[j]];
    c[j] = _mm256_set1_pd(cs[2 * order[j]]);
    sn[j] = _mm256_set1_pd(cs[2 * order[j] + 1]);
  }
  uint64_t offset[8];
  for (int p = 0; p < (1 << ns); p++) {
    offset[p] = 0;
    for (int j = 0; j < ns; j++) if (p >> j & 1) offset[p] |= UINT64_C(1) << slots[j];
  }
  // Specialized on (scaled, slots, qubit 0 a target) so everything stays in registers.
  switch (scaled * 8 + ns * 2 + has_zero) {
    case 0 * 8 + 0 * 2 + 1: rotations_loop(s, m, 0, 1, 0, slots, offset, c, sn, zc, zs); break;
    case 0 * 8 + 1 * 2 + 0: rotations_loop(s, m, 1, 0, 0, slots, offset, c, sn, zc, zs); break;
    case 0 * 8 + 1 * 2 + 1: rotations_loop(s, m, 1, 1, 0, slots, offset, c, sn, zc, zs); break;
    case 0 * 8 + 2 * 2 + 0: rotations_loop(s, m, 2, 0, 0, slots, offset, c, sn, zc, zs); break;
    case 0 * 8 + 2 * 2 + 1: rotations_loop(s, m, 2, 1, 0, slots, offset, c, sn, zc, zs); break;
    case 0 * 8 + 3 * 2 + 0: rotations_loop(s, m, 3, 0, 0, slots, offset, c, sn, zc, zs); break;
    case 1 * 8 + 0 * 2 + 1: rotations_loop(s, m, 0, 1, 1, slots, offset, c, sn, zc, zs); break;
    case 1 * 8 + 1 * 2 + 0: rotations_loop(s, m, 1, 0, 1, slots, offset, c, sn, zc, zs); break;
    case 1 * 8 + 1 * 2 + 1: rotations_loop(s, m, 1, 1, 1, slots, offset, c, sn, zc, zs); break;
    case 1 * 8 + 2 * 2 + 0: rotations_loop(s, m, 2, 0, 1, slots, offset, c, sn, zc, zs); break;
    case 1 * 8 + 2 * 2 + 1: rotations_loop(s, m, 2, 1, 1, slots, offset, c, sn, zc, zs); break;
    case 1 * 8 + 3 * 2 + 0: rotations_loop(s, m, 3, 0, 1, slots, offset, c, sn, zc, zs); break;
    default: qk_portable_rotations_y(s, m, k, targets, cs); break;
  }
}

QK_AVX2 void qk_avx2_diagonal_tables(double *s, int m, const double *low, int lowBits, const double *high) {
  const uint64_t n = UINT64_C(1) << m, block = UINT64_C(1) << (lowBits - 1);
  const uint64_t lowMask = (UINT64_C(1) << lowBits) - 1;
  if (block < 2) {
    // One amplitude per block (a one-qubit state): the vector loop below handles pairs.
    for (uint64_t i = 0; i < n; i++) {
      const uint64_t h = i >> (lowBits - 1);
      const double hr = high[2 * h], hi = high[2 * h + 1];
      const double lr = low[2 * (i & lowMask)], li = low[2 * (i & lowMask) + 1];
      const double fr = hr * lr - hi * li, fi = hr * li + hi * lr;
      const double ar = s[2 * i], ai = s[2 * i + 1];
      s[2 * i] = fr * ar - fi * ai;
      s[2 * i + 1] = fr * ai + fi * ar;
    }
    return;
  }
  for (uint64_t base = 0; base < n; base += block) {
    const uint64_t h = base >> (lowBits - 1);
    const __m256d hr = _mm256_set1_pd(high[2 * h]), hi = _mm256_set1_pd(high[2 * h + 1]);
    const double *l = low + 2 * (base & lowMask);
    double *a = s + 2 * base;
    for (uint64_t j = 0; j < block; j += 2) {
      const __m256d lv = _mm256_loadu_pd(l + 2 * j);
      // f = h * l
      const __m256d f = _mm256_fmaddsub_pd(lv, hr, _mm256_mul_pd(swap_re_im(lv), hi));
      const __m256d av = _mm256_loadu_pd(a + 2 * j);
      // a * f
      const __m256d fr = _mm256_movedup_pd(f), fi = _mm256_permute_pd(f, 0xF);
      _mm256_storeu_pd(a + 2 * j, _mm256_fmaddsub_pd(av, fr, _mm256_mul_pd(swap_re_im(av), fi)));
    }
  }
}

QK_AVX2 void qk_avx2_matrix1_tuned(double *s, int m, int t, const double *u) {
  const uint64_t n = UINT64_C(1) << m;
  if (t == 0) {
    // Each vector is one pair [a, b]; out = [u00 a + u01 b, u10 a + u11 b].
    const __m256d dr = _mm256_setr_pd(u[0], u[0], u[6], u[6]), di = _mm256_setr_pd(u[1], u[1], u[7], u[7]);
    const __m256d orr = _mm256_setr_pd(u[2], u[2], u[4], u[4]), oi = _mm256_setr_pd(u[3], u[3], u[5], u[5]);
    for (uint64_t i = 0; i < n; i += 2) {
      const __m256d v = _mm256_loadu_pd(s + 2 * i);
      const __m256d w = _mm256_permute2f128_pd(v, v, 1);
      const __m256d re = _mm256_fmadd_pd(w, orr, _mm256_mul_pd(v, dr));
      const __m256d im = _mm256_fmadd_pd(swap_re_im(w), oi, _mm256_mul_pd(swap_re_im(v), di));
      _mm256_storeu_pd(s + 2 * i, _mm256_addsub_pd(re, im));
    }
    return;
  }
  const __m256d u00r = _mm256_set1_pd(u[0]), u00i = _mm256_set1_pd(u[1]);
  const __m256d u01r = _mm256_set1_pd(u[2]), u01i = _mm256_set1_pd(u[3]);
  const __m256d u10r = _mm256_set1_pd(u[4]), u10i = _mm256_set1_pd(u[5]);
  const __m256d u11r = _mm256_set1_pd(u[6]), u11i = _mm256_set1_pd(u[7]);
  const uint64_t half = UINT64_C(1) << t;
  for (uint64_t base = 0; base < n; base += 2 * half) {
    double *a = s + 2 * base, *b = s + 2 * (base + half);
    for (uint64_t j = 0; j < half; j += 2) {
      const __m256d av = _mm256_loadu_pd(a + 2 * j), bv = _mm256_loadu_pd(b + 2 * j);
      const __m256d as = swap_re_im(av), bs = swap_re_im(bv);
      const __m256d ra = _mm256_fmadd_pd(bv, u01r, _mm256_mul_pd(av, u00r));
      const __m256d ia = _mm256_fmadd_pd(bs, u01i, _mm256_mul_pd(as, u00i));
      const __m256d rb = _mm256_fmadd_pd(bv, u11r, _mm256_mul_pd(av, u10r));
      const __m256d ib = _mm256_fmadd_pd(bs, u11i, _mm256_mul_pd(as, u10i));
      _mm256_storeu_pd(a + 2 * j, _mm256_addsub_pd(ra, ia));
      _mm256_storeu_pd(b + 2 * j, _mm256_addsub_pd(rb, ib));
    }
  }
}
#endif

#if QK_HAVE_AVX2_BUILD
// sum over b with (b & controls) == controls of conj(bra[b]) * (P ket)[b], P = (x, z).
// (P ket)[c] = i^y (-1)^popcount((c^x) & z) ket[c^x]. Blocks of 64 amplitudes: inside a
// block the low six bits of x permute the partners (bit 0 swaps the halves of a vector,
// bits 1-5 pick the vector) and the low six bits of z and controls give a fixed sign and
// mask pattern; the high bits only change per block.
QK_AVX2 void qk_avx2_pauli_inner_tuned(const double *bra, const double *ket, int m, uint64_t controls,
                                       uint64_t x, uint64_t z, double *re, double *im) {
  if (m < 6) { qk_portable_pauli_inner(bra, ket, m, controls, x, z, re, im); return; }
  const uint64_t n = UINT64_C(1) << m;
  const uint64_t xl = x & 63, zl = z & 63, cl = controls & 63;
  const uint64_t xh = x & ~UINT64_C(63), zh = z & ~UINT64_C(63), ch = controls & ~UINT64_C(63);
  // weight[v] for vector v = the (sign * control-mask) of the two partner amplitudes the
  // bra positions 2v, 2v+1 meet: positions j pair with ket positions j ^ xl, whose sign is
  // (-1)^popcount((j ^ xl) & zl); bra position j counts if (j & cl) == cl.
  __m256d weight[32];
  for (int v = 0; v < 32; v++) {
    double w[2];
    for (int h = 0; h < 2; h++) {
      const uint64_t j = 2 * v + h;
      const double sign = __builtin_parityll((j ^ xl) & zl) ? -1.0 : 1.0;
      w[h] = ((j & cl) == cl) ? sign : 0.0;
    }
    weight[v] = _mm256_setr_pd(w[0], w[0], w[1], w[1]);
  }
  const int swap_halves = (int)(xl & 1);
  const uint64_t vx = xl >> 1;
  const __m256d alternate = _mm256_setr_pd(1.0, -1.0, 1.0, -1.0);
  __m256d acc_re = _mm256_setzero_pd(), acc_im = _mm256_setzero_pd();
  for (uint64_t block = 0; block < n; block += 64) {
    if ((block & ch) != ch) continue;
    const uint64_t partner = block ^ xh;
    const double block_sign = __builtin_parityll(partner & zh) ? -1.0 : 1.0;
    const double *a = bra + 2 * block, *b = ket + 2 * partner;
    __m256d block_re = _mm256_setzero_pd(), block_im = _mm256_setzero_pd();
    for (int v = 0; v < 32; v++) {
      const __m256d av = _mm256_loadu_pd(a + 4 * v);
      __m256d bv = _mm256_loadu_pd(b + 4 * (v ^ vx));
      if (swap_halves) bv = _mm256_permute2f128_pd(bv, bv, 1);
      const __m256d wb = _mm256_mul_pd(bv, weight[v]);
      // conj(a) * b: re = ar br + ai bi; im = ar bi - ai br
      block_re = _mm256_fmadd_pd(av, wb, block_re);
      block_im = _mm256_fmadd_pd(_mm256_mul_pd(av, alternate), _mm256_permute_pd(wb, 0x5), block_im);
    }
    acc_re = _mm256_fmadd_pd(block_re, _mm256_set1_pd(block_sign), acc_re);
    acc_im = _mm256_fmadd_pd(block_im, _mm256_set1_pd(block_sign), acc_im);
  }
  double r[4], i4[4];
  _mm256_storeu_pd(r, acc_re);
  _mm256_storeu_pd(i4, acc_im);
  const double sr = (r[0] + r[1]) + (r[2] + r[3]), si = (i4[0] + i4[1]) + (i4[2] + i4[3]);
  // multiply by i^y
  double yr, yi;
  switch (__builtin_popcountll(x & z) & 3) {
    case 0: yr = 1; yi = 0; break;
    case 1: yr = 0; yi = 1; break;
    case 2: yr = -1; yi = 0; break;
    default: yr = 0; yi = -1; break;
  }
  *re = yr * sr - yi * si;
  *im = yr * si + yi * sr;
}
#endif
