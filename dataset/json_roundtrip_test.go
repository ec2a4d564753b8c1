package dataset_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shenyang-data/shenyang/dataset"
	"github.com/shenyang-data/shenyang/internal/testcheck"
)

func TestJSONDocumentRoundTrip(t *testing.T) {
	// The whole export decodes back to the dataset it came from, and
	// encodes again to the same bytes.
	var buf bytes.Buffer
	if err := dataset.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got dataset.Document
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("json.Unmarshal of the export: %v", err)
	}
	if diff := cmp.Diff(dataset.Collect(), got, testcheck.Opts()); diff != "" {
		t.Errorf("decoded export mismatch (-want +got):\n%s", diff)
	}
	var again bytes.Buffer
	enc := json.NewEncoder(&again)
	enc.SetIndent("", "  ")
	if err := enc.Encode(got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("the decoded export encodes to different bytes")
	}
	if len(got.Figures) != 40 {
		t.Errorf("export holds %d figures, want 40 (17 indicators, 16 trade, 7 investors)", len(got.Figures))
	}
}
