package cli

import (
	"context"

	"golang.org/x/sync/semaphore"
)

// memPerByte is about the most memory the extraction of an article takes
// per byte of it, encoding of its record included: an article of 10 MB
// with no line break peaks under 400 MB (issue 9's measure).
const memPerByte = 40

// minBudget is the smallest memory budget, so that a small --max-bytes
// does not make articles wait on each other.
const minBudget = 256 << 20

// A budget shares memory among the workers: each article takes its share
// (memPerByte times its size) before its extraction and gives it back
// after, so a large article runs alone while small ones run side by side,
// up to --jobs at once. The whole budget is what the largest article
// --max-bytes allows takes, so that one always fits.
type budget struct {
	total int64
	sem   *semaphore.Weighted
}

func newBudget(maxBytes int64) *budget {
	total := max(memPerByte*maxBytes, minBudget)
	return &budget{total: total, sem: semaphore.NewWeighted(total)}
}

// acquire waits for the share of an article of size bytes and returns the
// function that gives it back; the error is ctx's.
func (b *budget) acquire(ctx context.Context, size int) (func(), error) {
	n := min(max(memPerByte*int64(size), 1), b.total)
	if err := b.sem.Acquire(ctx, n); err != nil {
		return nil, err
	}
	return func() { b.sem.Release(n) }, nil
}
