// The coupling map of IBM's 127-qubit Eagle processors, as data.

public import Quantum

extension Graph {
  /// The 127-qubit heavy-hexagon coupling map of IBM's Eagle r3 processors (ibm_kyiv,
  /// ibm_sherbrooke), on which Kim et al., Nature 618, 500 (2023) ran the kicked-Ising "utility"
  /// experiment.
  ///
  /// Source: the `coupling_map` of `FakeKyiv` (backend ibm_kyiv, backend_version 1.20.22,
  /// `conf_kyiv.json`) in the PyPI package `qiskit-ibm-runtime` 0.51.0
  /// (`qiskit_ibm_runtime.fake_provider`); `FakeSherbrooke` (backend_version 1.6.58) has the same
  /// 144 edges. The backend lists directed ECR pairs; here each edge is undirected, smaller qubit
  /// first, sorted. Every qubit has degree 1, 2 or 3; ``edgeColoring()`` splits the edges into the
  /// three layers of the experiment (54, 51 and 39 edges).
  ///
  /// ```swift
  /// let eagle = Graph.ibmEagle
  /// print(eagle.vertexCount, eagle.edges.count)   // 127 144
  /// ```
  public static let ibmEagle = Graph(vertexCount: 127, edges: ibmEagleEdges)
}

/// The 144 edges of ``Graph/ibmEagle``.
let ibmEagleEdges: [(Int, Int)] = [
  (0, 1), (0, 14), (1, 2), (2, 3), (3, 4), (4, 5), (4, 15), (5, 6), (6, 7), (7, 8), (8, 9), (8, 16),
  (9, 10), (10, 11), (11, 12), (12, 13), (12, 17), (14, 18), (15, 22), (16, 26), (17, 30), (18, 19),
  (19, 20), (20, 21), (20, 33), (21, 22), (22, 23), (23, 24), (24, 25), (24, 34), (25, 26), (26, 27),
  (27, 28), (28, 29), (28, 35), (29, 30), (30, 31), (31, 32), (32, 36), (33, 39), (34, 43), (35, 47),
  (36, 51), (37, 38), (37, 52), (38, 39), (39, 40), (40, 41), (41, 42), (41, 53), (42, 43), (43, 44),
  (44, 45), (45, 46), (45, 54), (46, 47), (47, 48), (48, 49), (49, 50), (49, 55), (50, 51), (52, 56),
  (53, 60), (54, 64), (55, 68), (56, 57), (57, 58), (58, 59), (58, 71), (59, 60), (60, 61), (61, 62),
  (62, 63), (62, 72), (63, 64), (64, 65), (65, 66), (66, 67), (66, 73), (67, 68), (68, 69), (69, 70),
  (70, 74), (71, 77), (72, 81), (73, 85), (74, 89), (75, 76), (75, 90), (76, 77), (77, 78), (78, 79),
  (79, 80), (79, 91), (80, 81), (81, 82), (82, 83), (83, 84), (83, 92), (84, 85), (85, 86), (86, 87),
  (87, 88), (87, 93), (88, 89), (90, 94), (91, 98), (92, 102), (93, 106), (94, 95), (95, 96), (96, 97),
  (96, 109), (97, 98), (98, 99), (99, 100), (100, 101), (100, 110), (101, 102), (102, 103), (103, 104),
  (104, 105), (104, 111), (105, 106), (106, 107), (107, 108), (108, 112), (109, 114), (110, 118),
  (111, 122), (112, 126), (113, 114), (114, 115), (115, 116), (116, 117), (117, 118), (118, 119),
  (119, 120), (120, 121), (121, 122), (122, 123), (123, 124), (124, 125), (125, 126),
]
