// Package learn is a small learner of our own: L2-regularised logistic
// regression over hashed sparse features, with Platt calibration.
//
// Features are names hashed (FNV-1a) into 2^Bits buckets, so a model holds
// no strings, only weights. Training is deterministic: examples are visited
// in an order drawn from a fixed seed by a generator of our own, and every
// step rounds explicitly, so the same examples give the same bytes. A model
// is stored compactly (its non-zero weights as float32, indices as deltas)
// and loaded from bytes, typically embedded with go:embed.
package learn
