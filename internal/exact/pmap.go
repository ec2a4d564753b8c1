package exact

import "math/bits"

// pmap is an immutable map from ids to the nodes that carry them (leaves
// and named formulas), shared between a formula and the formulas built on
// it: adding a key copies only the path to it (a hash array mapped trie of
// 32-way nodes), so a chain of n steps holds O(n log n) words, not a copy
// of every list under every node, and finding the ids two formulas share
// costs the smaller one's size times log n. The zero pmap is empty.
type pmap struct {
	root *pnode
	n    int // keys
}

type pnode struct {
	bits  uint32  // which of the 32 slots are used
	slots []pslot // the used slots, in slot order
}

// pslot is a subtrie, or the entries whose hashes end here.
type pslot struct {
	sub *pnode
	e   *pentry
}

// pentry is one key and its nodes; next chains keys of the same hash.
type pentry struct {
	hash uint64
	key  string
	vals []*Expr
	next *pentry
}

// hashID is FNV-1a, 64 bits.
func hashID(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// get returns the nodes under key.
func (m pmap) get(key string) []*Expr {
	h := hashID(key)
	n := m.root
	for shift := uint(0); n != nil; shift += 5 {
		bit := uint32(1) << ((h >> shift) & 31)
		if n.bits&bit == 0 {
			return nil
		}
		s := n.slots[bits.OnesCount32(n.bits&(bit-1))]
		if s.sub != nil && shift < 60 {
			n = s.sub
			continue
		}
		for e := s.e; e != nil; e = e.next {
			if e.hash == h && e.key == key {
				return e.vals
			}
		}
		return nil
	}
	return nil
}

// with returns m with v added to the nodes under key.
func (m pmap) with(key string, v *Expr) pmap {
	old := m.get(key)
	vals := make([]*Expr, len(old), len(old)+1)
	copy(vals, old)
	e := &pentry{hash: hashID(key), key: key, vals: append(vals, v)}
	if old == nil {
		m.n++
	}
	m.root = m.root.with(e, 0)
	return m
}

// with returns a copy of n (nil: empty) with entry e in place of any entry
// of its key.
func (n *pnode) with(e *pentry, shift uint) *pnode {
	c := &pnode{}
	if n != nil {
		c.bits = n.bits
		c.slots = append(make([]pslot, 0, len(n.slots)+1), n.slots...)
	}
	bit := uint32(1) << ((e.hash >> shift) & 31)
	pos := bits.OnesCount32(c.bits & (bit - 1))
	if c.bits&bit == 0 {
		c.bits |= bit
		c.slots = append(c.slots, pslot{})
		copy(c.slots[pos+1:], c.slots[pos:])
		c.slots[pos] = pslot{e: e}
		return c
	}
	s := c.slots[pos]
	switch {
	case s.sub != nil:
		c.slots[pos] = pslot{sub: s.sub.with(e, shift+5)}
	case s.e.hash == e.hash || shift >= 60:
		// the same hash (or no bits left): a chain, this key's entry first
		chain := &pentry{hash: e.hash, key: e.key, vals: e.vals}
		tail := chain
		for x := s.e; x != nil; x = x.next {
			if x.key != e.key || x.hash != e.hash {
				tail.next = &pentry{hash: x.hash, key: x.key, vals: x.vals}
				tail = tail.next
			}
		}
		c.slots[pos] = pslot{e: chain}
	default: // another hash: push both one level down
		sub := (*pnode)(nil).with(s.e, shift+5)
		c.slots[pos] = pslot{sub: sub.with(e, shift+5)}
	}
	return c
}

// each calls f with every key and its nodes until f returns false.
func (m pmap) each(f func(key string, vals []*Expr) bool) {
	var walk func(n *pnode) bool
	walk = func(n *pnode) bool {
		if n == nil {
			return true
		}
		for _, s := range n.slots {
			if s.sub != nil {
				if !walk(s.sub) {
					return false
				}
				continue
			}
			for e := s.e; e != nil; e = e.next {
				if !f(e.key, e.vals) {
					return false
				}
			}
		}
		return true
	}
	walk(m.root)
}
