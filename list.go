package shenyang

import (
	"encoding/json"
	"iter"
	"reflect"
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

// Equal reports whether l and m hold equal items in the same order. Items
// are compared with their Equal method when T has one (func (T) Equal(T)
// bool), else with ==; a List of a type that is not comparable and has no
// Equal method is equal only to one of the same length whose items are
// deeply equal.
func (l List[T]) Equal(m List[T]) bool {
	if len(l.items) != len(m.items) {
		return false
	}
	for i := range l.items {
		if !itemsEqual(l.items[i], m.items[i]) {
			return false
		}
	}
	return true
}

func itemsEqual[T any](a, b T) bool {
	if e, ok := any(a).(interface{ Equal(T) bool }); ok {
		return e.Equal(b)
	}
	va, vb := reflect.ValueOf(&a).Elem(), reflect.ValueOf(&b).Elem()
	if va.Comparable() && vb.Comparable() { // counts the dynamic types of interfaces too
		return va.Equal(vb)
	}
	return reflect.DeepEqual(a, b)
}
