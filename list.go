package shenyang

import (
	"encoding/json"
	"iter"
	"slices"
)

// List is an immutable sequence, the form in which the dataset hands out the
// lists inside its values (a figure's citations, a derivation's inputs). A
// List shares its storage, but nothing can change it: no method returns the
// underlying slice. The zero value is empty.
type List[T any] struct {
	items []T
}

// ListOf returns a List holding a copy of items.
func ListOf[T any](items ...T) List[T] {
	if len(items) == 0 {
		return List[T]{}
	}
	return List[T]{items: slices.Clone(items)}
}

// Len returns the number of items.
func (l List[T]) Len() int { return len(l.items) }

// At returns the i-th item, and false when i is out of range.
func (l List[T]) At(i int) (T, bool) {
	if i < 0 || i >= len(l.items) {
		var zero T
		return zero, false
	}
	return l.items[i], true
}

// All returns an iterator over the items in order.
func (l List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.items {
			if !yield(v) {
				return
			}
		}
	}
}

// Slice returns a new slice holding the items; changing it changes nothing
// in l.
func (l List[T]) Slice() []T { return slices.Clone(l.items) }

// MarshalJSON encodes the list as a JSON array; an empty list is [].
func (l List[T]) MarshalJSON() ([]byte, error) {
	if l.items == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(l.items)
}

// UnmarshalJSON decodes a JSON array; null gives the empty list. On error
// l is left unchanged.
func (l *List[T]) UnmarshalJSON(b []byte) error {
	var items []T
	if err := decodeJSON("List.UnmarshalJSON", b, &items); err != nil {
		return err
	}
	if len(items) == 0 {
		items = nil
	}
	l.items = items
	return nil
}
