package dataset_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/shenyang-data/shenyang"
	"github.com/shenyang-data/shenyang/audit"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/indicators"
	"github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/investors"
	"github.com/shenyang-data/shenyang/parks"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// decimalSettings are shopspring/decimal v1.6.0's seven package-level
// settings.
type decimalSettings struct {
	divisionPrecision, powPrecisionNegativeExponent int
	marshalJSONWithoutQuotes, trimTrailingZeros     bool
	useScientificNotation                           bool
	expMaxIterations, maxDecodeExponent             int
}

func currentSettings() decimalSettings {
	return decimalSettings{
		decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent,
		decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros,
		decimal.UseScientificNotation,
		decimal.ExpMaxIterations, decimal.MaxDecodeExponent,
	}
}

func apply(s decimalSettings) {
	decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent = s.divisionPrecision, s.powPrecisionNegativeExponent
	decimal.MarshalJSONWithoutQuotes, decimal.TrimTrailingZeros = s.marshalJSONWithoutQuotes, s.trimTrailingZeros
	decimal.UseScientificNotation = s.useScientificNotation
	decimal.ExpMaxIterations, decimal.MaxDecodeExponent = s.expMaxIterations, s.maxDecodeExponent
}

// The library's documented defaults, and values far from them: two
// places of division, quoted-free JSON, untrimmed scientific strings, one
// iteration, and no decimal exponent above 2 when decoding.
var (
	defaultSettings = decimalSettings{16, 16, false, true, false, 1000, 10000}
	unusualSettings = decimalSettings{2, 1, true, false, true, 1, 2}
)

// setUnusual switches every setting to an unusual value until the test
// ends.
func setUnusual(t *testing.T) {
	before := currentSettings()
	t.Cleanup(func() { apply(before) })
	apply(unusualSettings)
}

// childEnv, when set, names the file to which TestDecimalSettingsChild
// writes the module's output, computed in a fresh process.
const childEnv = "SHENYANG_SETTINGS_CHILD_OUT"

// TestDecimalSettingsChangeNothing shows that no figure, range, function
// result, text or JSON form, CSV row or generated table depends on
// shopspring/decimal's package-level settings: the output computed with
// unusual settings is byte for byte the output computed with the defaults,
// both in this process (where the tables were built with the defaults)
// and in a fresh one that sets them before anything is built. Not
// parallel: it changes the settings and restores them.
func TestDecimalSettingsChangeNothing(t *testing.T) {
	if got := currentSettings(); got != defaultSettings {
		t.Fatalf("decimal settings are %+v before the test, want the defaults %+v", got, defaultSettings)
	}
	want := mustEverything(t)
	if len(want) < 100000 {
		t.Fatalf("output is %d bytes; expected the whole dataset", len(want))
	}

	t.Run("same process", func(t *testing.T) {
		setUnusual(t)
		diffOutputs(t, want, mustEverything(t))
	})
	if got := currentSettings(); got != defaultSettings {
		t.Fatalf("settings not restored: %+v", got)
	}

	t.Run("fresh process", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "out")
		exe, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(exe, "-test.run=^TestDecimalSettingsChild$", "-test.count=1") //nolint:gosec // G204 false positive: re-runs this test binary itself
		cmd.Env = append(os.Environ(), childEnv+"="+out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("child process: %v\n%s", err, b)
		}
		got, err := os.ReadFile(out) //nolint:gosec // G304 false positive: the file this test's child wrote in t.TempDir
		if err != nil {
			t.Fatal(err)
		}
		diffOutputs(t, want, got)
	})
}

// TestDecimalSettingsChild computes the output with unusual settings set
// before first use; TestDecimalSettingsChangeNothing runs it in a fresh
// process.
func TestDecimalSettingsChild(t *testing.T) {
	path := os.Getenv(childEnv)
	if path == "" {
		t.Skip("run by TestDecimalSettingsChangeNothing in a fresh process")
	}
	setUnusual(t)
	if err := os.WriteFile(path, mustEverything(t), 0o600); err != nil { //nolint:gosec // G703 false positive: the parent test names a file in its t.TempDir
		t.Fatal(err)
	}
}

// diffOutputs reports the first line that differs.
func diffOutputs(t *testing.T, want, got []byte) {
	t.Helper()
	if bytes.Equal(want, got) {
		return
	}
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := range min(len(w), len(g)) {
		if w[i] != g[i] {
			t.Fatalf("output differs at line %d:\nwant %.300s\ngot  %.300s", i+1, w[i], g[i])
		}
	}
	t.Fatalf("output has %d lines, want %d", len(g), len(w))
}

func mustEverything(t *testing.T) []byte {
	t.Helper()
	b, err := everything()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// everything returns, as text, what the module computes and writes: the
// three exports, every figure in each of its forms, the indicators, rates,
// investors, parks and claims in JSON, the generated tables recomputed from
// the reported figures, the audit, and the results of every function on a
// set of inputs. It stops at the first error of a step that must succeed.
func everything() ([]byte, error) {
	var b bytes.Buffer
	var failed error
	put := func(label string, parts ...string) {
		b.WriteString(label)
		for _, p := range parts {
			b.WriteString(" | ")
			b.WriteString(p)
		}
		b.WriteByte('\n')
	}
	errText := func(err error) string {
		if err == nil {
			return "ok"
		}
		return err.Error()
	}
	js := func(v any) string {
		out, err := json.Marshal(v)
		if err != nil {
			return "error: " + err.Error()
		}
		return string(out)
	}
	must := func(err error) bool {
		if err != nil && failed == nil {
			failed = err
		}
		return failed == nil
	}

	// The exports.
	must(dataset.WriteCSV(&b))
	must(dataset.WriteCitationsCSV(&b))
	must(dataset.WriteJSON(&b))

	// Every figure, in every form.
	for f := range dataset.Figures() {
		pkg, _, _ := strings.Cut(f.ID, ".")
		m, ok := f.Money()
		put(pkg+" "+f.ID, f.String(), f.Range.String(), shenyang.FormatDecimal(f.Value), m.String(), boolText(ok), js(f), js(f.Range))
		var back shenyang.Figure
		put("decoded", errText(json.Unmarshal([]byte(js(f)), &back)), back.String(), back.Range.String())
	}
	for in := range indicators.All() {
		put("indicator "+in.ID, js(in))
	}
	for in := range investors.All() {
		put("investor "+in.ID, js(in))
	}
	for p := range investors.Products() {
		put("product "+p.ID, js(p))
	}
	for p := range parks.All() {
		put("park "+p.ID, js(p))
	}
	for _, r := range [...]shenyang.Rate{trade.ImpliedRate(), trade.OfficialRate()} {
		put("rate", r.String(), shenyang.FormatDecimal(r.Value()), js(r), r.Unit().String())
	}

	// The audit.
	checks, err := audit.Run()
	if !must(err) {
		return nil, failed
	}
	must(audit.WriteMarkdown(&b, checks))
	put("checks", js(checks))

	// Functions on fixed inputs, including results that do not terminate
	// and values at the edges of the module's range.
	n := decimal.New
	values := []decimal.Decimal{
		n(0, 0), n(1, 0), n(-1, 0), n(15, -2), n(1055, 8), n(752, 8), n(165, 7), n(7, 0), n(3, 0),
		n(1, -1000), n(9999999999999999, 984), n(-12345678901234567, -20), n(1500, -3),
	}
	for _, x := range values {
		for _, y := range values {
			label := "f(" + dec.Format(x) + ", " + dec.Format(y) + ")"
			g, gerr := indicators.Growth(x, y)
			s, serr := trade.ImportShare(x, y)
			put(label, dec.Format(g), errText(gerr), dec.Format(s), errText(serr))
			put("dec "+label, dec.Format(dec.Trim(x)), strconv.FormatBool(dec.Fits(x)), strconv.Itoa(dec.Cmp(x, y)))
			rate, rerr := shenyang.NewRate(shenyang.USD, shenyang.CNY, y)
			put("rate "+label, rate.String(), errText(rerr), js(rate))
			if rerr == nil {
				m, _ := shenyang.NewMoney(x, shenyang.USD)
				c, cerr := rate.Convert(m)
				back, berr := rate.Convert(c)
				put("convert "+label, c.String(), errText(cerr), back.String(), errText(berr), js(c))
			}
			r, rerr2 := shenyang.RangeOf(x, shenyang.AsPrinted)
			s2, serr2 := shenyang.RangeOf(y, shenyang.Some)
			put("rangeof "+label, r.String(), errText(rerr2), s2.String(), errText(serr2))
		}
	}
	ranges := []shenyang.Range{}
	for _, s := range []string{
		"[1645000000, 1655000000]", "(100, +inf)", "[165, 175]", "(-inf, -0.5)", "[0.145, 0.155]",
		"[-1, 1]", "(0, 3]", "[7.15, 7.25]", "[0.0000000001, 0.0000000002]",
	} {
		r, err := shenyang.ParseRange(s)
		if !must(err) {
			return nil, failed
		}
		ranges = append(ranges, r)
	}
	for _, r := range ranges {
		for _, s := range ranges {
			label := r.String() + " ~ " + s.String()
			results := []string{}
			v, err := r.Intersect(s)
			results = append(results, v.String(), errText(err), js(r))
			put(label, results...)
		}
	}

	// Decoding: decimals with exponents beyond decimal's MaxDecodeExponent
	// setting, which the module's own parser reads the same whatever it is.
	for _, doc := range []string{
		`{"amount":"0.` + strings.Repeat("0", 998) + `1","currency":"CNY"}`,
		`{"amount":"` + strings.Repeat("9", 1000) + `","currency":"USD"}`,
		`{"amount":"1` + strings.Repeat("0", 1000) + `","currency":"USD"}`,
		`{"amount":"1.50","currency":"CNY"}`,
		`{"amount":"1e3","currency":"CNY"}`,
	} {
		var m shenyang.Money
		err := json.Unmarshal([]byte(doc), &m)
		put("money "+doc[:20], m.String(), errText(err), js(m))
	}
	for _, s := range []string{"105500000000 CNY", "-44.9 USD", "0.00000000000000000001 USD", "1e2 CNY"} {
		m, err := shenyang.ParseMoney(s)
		put("parse money "+s, m.String(), errText(err))
	}
	for _, s := range []string{"0.15", "1650000000", "-0." + strings.Repeat("0", 500) + "7", strings.Repeat("7", 1000)} {
		d, err := dec.Parse(s)
		put("parse "+s[:min(len(s), 20)], dec.Format(d), errText(err))
	}
	for u := shenyang.Unit(0); u <= shenyang.UnitUSDPerCNY; u++ {
		text, err := u.MarshalText()
		put("unit", string(text), errText(err))
	}
	for s := range dataset.Statements() {
		put("statement", js(s))
	}
	for c := range dataset.Claims() {
		put("claim", js(c))
	}
	return b.Bytes(), failed
}

func boolText(ok bool) string {
	if ok {
		return "true"
	}
	return "false"
}
