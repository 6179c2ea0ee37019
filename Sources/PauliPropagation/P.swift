import Quantum
