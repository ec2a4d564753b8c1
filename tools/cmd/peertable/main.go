// Command peertable reads the output of the peer benchmarks (package
// tools/peers, run with -count 6 or more) and prints the Markdown table of
// BENCHMARKS.md: for each computation, each library's median time, its
// ratio to the fastest library's median in the same row, and its median
// allocations. The medians are benchstat's; benchstat also gives their
// confidence intervals.
//
// Usage, from the tools module's directory:
//
//	go test -p 1 -run '^$' -bench . -benchtime 200ms -count 6 ./peers > peers.txt
//	go run ./cmd/peertable < peers.txt
package main

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "peertable:", err)
		os.Exit(1)
	}
}

// sample is one benchmark line's measurements: nanoseconds per operation
// in tenths (parsed exactly from the printed decimal), bytes and
// allocations per operation.
type sample struct{ tenthsNs, bytes, allocs int64 }

// key names one benchmark: a computation and a library.
type key struct{ op, lib string }

func run(in io.Reader, out io.Writer) error {
	samples, ops, libs, err := parse(in)
	if err != nil {
		return err
	}
	if len(ops) == 0 {
		return errors.New("no BenchmarkPeers lines in the input")
	}
	var b strings.Builder
	header := func(title string) {
		b.WriteString("| " + title + " |")
		for _, l := range libs {
			b.WriteString(" " + l + " |")
		}
		b.WriteString("\n| --- |")
		for range libs {
			b.WriteString(" ---: |")
		}
		b.WriteString("\n")
	}
	medians := map[key]sample{}
	fastest := map[string]int64{}
	for k, s := range samples {
		m := median(s)
		medians[k] = m
		if f, ok := fastest[k.op]; !ok || m.tenthsNs < f {
			fastest[k.op] = m.tenthsNs
		}
	}
	header("ns/op (ratio to the fastest)")
	for _, op := range ops {
		b.WriteString("| " + op + " |")
		for _, l := range libs {
			if m, ok := medians[key{op, l}]; ok {
				fmt.Fprintf(&b, " %s (%sx) |", tenths(m.tenthsNs), ratio(m.tenthsNs, fastest[op]))
			} else {
				b.WriteString(" |")
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	header("allocs/op, B/op")
	for _, op := range ops {
		b.WriteString("| " + op + " |")
		for _, l := range libs {
			if m, ok := medians[key{op, l}]; ok {
				fmt.Fprintf(&b, " %d, %d B |", m.allocs, m.bytes)
			} else {
				b.WriteString(" |")
			}
		}
		b.WriteString("\n")
	}
	_, err = io.WriteString(out, b.String())
	return err
}

// parse reads the benchmark lines, in the order of their first appearance.
func parse(in io.Reader) (map[key][]sample, []string, []string, error) {
	samples := map[key][]sample{}
	var ops, libs []string
	sc := bufio.NewScanner(in)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "BenchmarkPeers/") {
			continue
		}
		// BenchmarkPeers/op=Convert/lib=apd-2: drop the GOMAXPROCS suffix.
		name := f[0]
		if i := strings.LastIndex(name, "-"); i > strings.LastIndex(name, "/") {
			name = name[:i]
		}
		parts := strings.Split(name, "/")
		if len(parts) != 3 || !strings.HasPrefix(parts[1], "op=") || !strings.HasPrefix(parts[2], "lib=") {
			return nil, nil, nil, fmt.Errorf("unexpected benchmark name %q", f[0])
		}
		k := key{strings.TrimPrefix(parts[1], "op="), strings.TrimPrefix(parts[2], "lib=")}
		var s sample
		for i := 2; i+1 < len(f); i += 2 {
			var err error
			switch f[i+1] {
			case "ns/op":
				s.tenthsNs, err = parseTenths(f[i])
			case "B/op":
				s.bytes, err = strconv.ParseInt(f[i], 10, 64)
			case "allocs/op":
				s.allocs, err = strconv.ParseInt(f[i], 10, 64)
			}
			if err != nil {
				return nil, nil, nil, fmt.Errorf("%s: %w", f[0], err)
			}
		}
		if !slices.Contains(ops, k.op) {
			ops = append(ops, k.op)
		}
		if !slices.Contains(libs, k.lib) {
			libs = append(libs, k.lib)
		}
		samples[k] = append(samples[k], s)
	}
	return samples, ops, libs, sc.Err()
}

// parseTenths reads a time such as "165.5" or "1295" or "21.35" in tenths
// of a nanosecond, rounding half up past the first decimal.
func parseTenths(s string) (int64, error) {
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, err
	}
	t := w * 10
	if frac != "" {
		d := int64(frac[0] - '0')
		if d < 0 || d > 9 {
			return 0, fmt.Errorf("bad time %q", s)
		}
		t += d
		if len(frac) > 1 && frac[1] >= '5' {
			t++
		}
	}
	return t, nil
}

// median returns the median of each measurement, the mean of the middle
// two for an even count (rounded down).
func median(s []sample) sample {
	mid := func(get func(sample) int64) int64 {
		v := make([]int64, len(s))
		for i, x := range s {
			v[i] = get(x)
		}
		slices.SortFunc(v, cmp.Compare[int64])
		n := len(v)
		if n%2 == 1 {
			return v[n/2]
		}
		return (v[n/2-1] + v[n/2]) / 2
	}
	return sample{
		tenthsNs: mid(func(x sample) int64 { return x.tenthsNs }),
		bytes:    mid(func(x sample) int64 { return x.bytes }),
		allocs:   mid(func(x sample) int64 { return x.allocs }),
	}
}

// tenths prints tenths of a nanosecond with one decimal below 100 ns and
// none above.
func tenths(t int64) string {
	if t >= 1000 {
		return strconv.FormatInt((t+5)/10, 10)
	}
	return strconv.FormatInt(t/10, 10) + "." + strconv.FormatInt(t%10, 10)
}

// ratio prints a/b with two decimals, rounded half up.
func ratio(a, b int64) string {
	if b <= 0 {
		return "n/a"
	}
	h := (a*100 + b/2) / b
	return strconv.FormatInt(h/100, 10) + "." + fmt.Sprintf("%02d", h%100)
}
