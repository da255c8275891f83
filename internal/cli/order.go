package cli

import (
	"context"
	"iter"

	"golang.org/x/sync/errgroup"
)

// ordered calls work on each item of items, at most jobs at a time, and
// passes the results to emit one by one in the order of items, each as soon
// as it and all before it are done. No more than 2*jobs results wait for
// emit, so a long sequence runs in flat memory.
//
// Once ctx is done, ordered starts no more work and emits nothing more; work
// already running finishes and is dropped. If emit fails, ordered stops the
// same way and returns emit's error.
func ordered[T, R any](ctx context.Context, items iter.Seq[T], jobs int, work func(context.Context, T) R, emit func(R) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type slot struct {
		done   chan struct{}
		result R
	}
	queue := make(chan *slot, 2*jobs)
	var emitErr error
	emitted := make(chan struct{})
	go func() {
		defer close(emitted)
		for s := range queue {
			<-s.done
			if emitErr != nil || ctx.Err() != nil {
				continue // drain, so that no worker or producer waits on us
			}
			if err := emit(s.result); err != nil {
				emitErr = err
				cancel()
			}
		}
	}()

	var g errgroup.Group
	g.SetLimit(jobs)
	for item := range items {
		s := &slot{done: make(chan struct{})}
		select {
		case queue <- s:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			// s may or may not be queued; either way it must end.
			close(s.done)
			break
		}
		g.Go(func() error {
			defer close(s.done)
			s.result = work(ctx, item)
			return nil
		})
	}
	g.Wait()
	close(queue)
	<-emitted
	return emitErr
}
