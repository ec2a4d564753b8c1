package budgets_test

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
	"github.com/shenyang-data/shenyang/trade"
)

// The first-use budget: building every package's tables from their
// literals, which the first call of any accessor does, may cost at most
// this many allocations and bytes in total.
const (
	maxFirstUseAllocs = 2000
	maxFirstUseBytes  = 256 << 10
)

// firstUseEnv tells a child process of TestFirstUseBudget to measure.
const firstUseEnv = "SHENYANG_FIRST_USE_CHILD"

// firstUse touches each package once, in dependency order, so that each
// builds its tables; the figures of trade need those of indicators, and
// investors those of trade.
var firstUse = [...]struct {
	pkg   string
	touch func() bool
}{
	{"dataset", func() bool {
		n := 0
		for range dataset.Statements() {
			n++
		}
		return n == 2
	}},
	{"indicators", func() bool { _, ok := indicators.Figure(indicators.ForeignCapital2019); return ok }},
	{"trade", func() bool { _, ok := trade.Figure(trade.Exports2019); return ok }},
	{"investors", func() bool { _, ok := investors.Figure(investors.BMWInvestment); return ok }},
	{"parks", func() bool { _, ok := parks.Lookup("parks.china-japan"); return ok }},
}

// TestFirstUseChild does the measuring in a fresh process, where no table
// has been built yet: the packages build theirs once per process, behind a
// sync.Once, and export nothing to undo that. It reports one line per
// package and one for the total. It does nothing unless run by
// TestFirstUseBudget.
func TestFirstUseChild(t *testing.T) {
	if os.Getenv(firstUseEnv) != "1" {
		t.Skip("run by TestFirstUseBudget in a child process")
	}
	var start, before, after runtime.MemStats
	runtime.ReadMemStats(&start)
	var lines []string
	for _, p := range firstUse {
		runtime.ReadMemStats(&before)
		ok := p.touch()
		runtime.ReadMemStats(&after)
		if !ok {
			t.Fatalf("%s: lookup failed", p.pkg)
		}
		lines = append(lines, fmt.Sprintf("first-use %s %d %d", p.pkg, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc))
	}
	lines = append(lines, fmt.Sprintf("first-use total %d %d", after.Mallocs-start.Mallocs, after.TotalAlloc-start.TotalAlloc))
	fmt.Println(strings.Join(lines, "\n"))
}

// TestFirstUseBudget runs TestFirstUseChild in a child process and checks
// the total against the budget. Allocation counts are deterministic.
func TestFirstUseBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestFirstUseChild$", "-test.count=1") //nolint:gosec // re-runs this test binary in a child process
	cmd.Env = append(os.Environ(), firstUseEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var allocs, bytes uint64
	found := false
	for _, line := range strings.Split(string(out), "\n") {
		var pkg string
		var a, b uint64
		if n, _ := fmt.Sscanf(line, "first-use %s %d %d", &pkg, &a, &b); n != 3 {
			continue
		}
		t.Logf("%-10s %4d allocations %6d bytes", pkg, a, b)
		if pkg == "total" {
			allocs, bytes, found = a, b, true
		}
	}
	if !found {
		t.Fatalf("child printed no total:\n%s", out)
	}
	if allocs > maxFirstUseAllocs || bytes > maxFirstUseBytes {
		t.Errorf("first use of the dataset: %d allocations and %d bytes, budget %d and %d", allocs, bytes, maxFirstUseAllocs, maxFirstUseBytes)
	}
}
