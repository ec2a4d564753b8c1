package trade_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/shenyang-data/shenyang"
	mdec "github.com/shenyang-data/shenyang/internal/dec"
	"github.com/shenyang-data/shenyang/internal/testcheck"
	"github.com/shenyang-data/shenyang/trade"
	"github.com/shopspring/decimal"
)

// FuzzImportShare checks ImportShare on any two decimals: a total of zero
// or less, negative imports and imports above the total are errors;
// otherwise the share is imports/total rounded half to even to 16 digits
// and lies in [0, 1].
func FuzzImportShare(f *testing.F) {
	f.Add(int64(752), int32(8), int64(1055), int32(8))
	f.Add(int64(6421861656703672), int32(-5), int64(9841417910447761), int32(-5))
	f.Add(int64(0), int32(0), int64(1), int32(0))
	f.Add(int64(7), int32(0), int64(7), int32(0))
	f.Add(int64(1), int32(0), int64(0), int32(0))
	f.Add(int64(-1), int32(0), int64(2), int32(0))
	f.Add(int64(3), int32(0), int64(2), int32(0))
	f.Add(int64(1), int32(-990), int64(9), int32(990))
	f.Add(int64(2), int32(0), int64(3), int32(0))
	f.Fuzz(func(t *testing.T, ic int64, ie int32, tc int64, te int32) {
		imports, total := decimal.New(ic, ie), decimal.New(tc, te)
		s, err := trade.ImportShare(imports, total)
		i, w := testcheck.Rat(imports), testcheck.Rat(total)
		if err != nil {
			var ve *shenyang.ValueError
			if !errors.As(err, &ve) || ve.Op != "trade.ImportShare" {
				t.Fatalf("error %v is not a *ValueError of trade.ImportShare", err)
			}
			inRange := mdec.Fits(imports) && mdec.Fits(total)
			switch {
			case errors.Is(err, shenyang.ErrOutOfRange) && !inRange:
			case errors.Is(err, shenyang.ErrOutOfRange) && ve.Arg == "result":
				// The share itself is beyond the decimal range, as 1e-1000
				// of 9e999 is: check that it is.
				q := new(big.Rat).Quo(i, w)
				if q.Sign() != 0 && q.Cmp(big.NewRat(1, 1)) <= 0 && new(big.Rat).Abs(q).Cmp(new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(mdec.MaxExp-testcheck.Sig), nil))) > 0 {
					t.Fatalf("ImportShare(%s, %s): result %s reported out of range", mdec.Format(imports), mdec.Format(total), q.FloatString(20))
				}
			case errors.Is(err, shenyang.ErrNotPositive) && inRange && total.Sign() <= 0:
			case errors.Is(err, shenyang.ErrNegative) && inRange && total.Sign() > 0 && imports.Sign() < 0:
			case errors.Is(err, shenyang.ErrPartExceedsWhole) && inRange && imports.Sign() >= 0 && i.Cmp(w) > 0:
			default:
				t.Fatalf("ImportShare(%s, %s): unexpected %v", mdec.Format(imports), mdec.Format(total), err)
			}
			return
		}
		if total.Sign() <= 0 || imports.Sign() < 0 || i.Cmp(w) > 0 {
			t.Fatalf("ImportShare(%s, %s) = %s, want an error", mdec.Format(imports), mdec.Format(total), mdec.Format(s))
		}
		sr := testcheck.Rat(s)
		if sr.Sign() < 0 || sr.Cmp(big.NewRat(1, 1)) > 0 {
			t.Fatalf("ImportShare(%s, %s) = %s, outside [0, 1]", mdec.Format(imports), mdec.Format(total), mdec.Format(s))
		}
		if want, _ := testcheck.Round(new(big.Rat).Quo(i, w), testcheck.HalfEven); want.Cmp(sr) != 0 {
			t.Fatalf("ImportShare(%s, %s) = %s, want %s", mdec.Format(imports), mdec.Format(total), mdec.Format(s), want.FloatString(20))
		}
	})
}
