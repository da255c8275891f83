// Package confidence gives every actor, claim, event and position of a
// finished record its Confidence: the calibrated probability that the item
// is right as the project's scorer counts it.
//
// It is a stage of its own, after the analysers: it reads the record and
// the article's nlp.Doc, turns each item's evidence into hashed features
// (features.go), and scores them with small logistic models (package learn)
// embedded from models/. The models are rebuilt by internal/tools/train
// (make train). Filter drops the items below a threshold and keeps the
// record valid.
package confidence
