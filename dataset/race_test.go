package dataset_test

import (
	"bytes"
	"os"
	"os/exec"
	"sync"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// concurrentEnv, when set, marks a fresh process in which
// TestConcurrentUse exercises the first use of every table.
const concurrentEnv = "SHENYANG_CONCURRENT_CHILD"

// TestConcurrentUse runs lookups, iteration, the exports and every
// function from many goroutines at once, and checks that all of them see
// the same results. Run it under the race detector (go test -race), which
// then reports any unsynchronized access. A fresh process does the same
// from a cold start, so that the goroutines race to build the tables too.
func TestConcurrentUse(t *testing.T) {
	const workers = 12
	start := make(chan struct{})
	outs := make([][]byte, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			outs[i], errs[i] = everything()
		}()
	}
	close(start)
	wg.Wait()
	for i := range workers {
		if errs[i] != nil {
			t.Fatalf("worker %d: %v", i, errs[i])
		}
		if !bytes.Equal(outs[i], outs[0]) {
			t.Fatalf("worker %d saw different results from worker 0", i)
		}
	}
	// Two results by hand: growth from 100 to 115 is 0.15; 105.5 billion
	// yuan at the implied rate is 15 billion dollars.
	g, err := indicators.Growth(decimal.New(100, 0), decimal.New(115, 0))
	if err != nil || shenyang.FormatDecimal(g) != "0.15" {
		t.Errorf("Growth(100, 115) = %s, %v; want 0.15", shenyang.FormatDecimal(g), err)
	}
	cny, err := shenyang.NewMoney(decimal.New(1055, 8), shenyang.CNY)
	if err != nil {
		t.Fatal(err)
	}
	if usd, err := trade.ImpliedRate().Convert(cny); err != nil || usd.String() != "15000000000 USD" {
		t.Errorf("Convert(105.5 billion CNY) = %v, %v; want 15000000000 USD", usd, err)
	}

	if os.Getenv(concurrentEnv) != "" {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestConcurrentUse$", "-test.count=1") //nolint:gosec // G204 false positive: re-runs this test binary itself
	cmd.Env = append(os.Environ(), concurrentEnv+"=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("cold start in a fresh process: %v\n%s", err, out)
	}
}
