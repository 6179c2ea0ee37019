# Convenience targets; the README's two commands are scripts/site and scripts/test.
.PHONY: site test bench peers format lint

site:
	scripts/site

test:
	scripts/test

bench:
	swift build -c release --product plateau-bench
	.build/release/plateau-bench --workload all

peers:
	scripts/bench-peers

format:
	swift format --in-place --recursive --parallel Sources Tests Package.swift

lint:
	swift format lint --recursive --parallel Sources Tests Package.swift
