// The PauliPropagation module (being built).
