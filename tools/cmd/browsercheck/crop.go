package main

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"sort"
)

// highlights are the background colours of the page's highlights
// (examples/annotate's a.hl and a.hl.both).
var highlights = [...]color.RGBA{{0xff, 0xe0, 0x66, 0xff}, {0xff, 0xc2, 0x33, 0xff}}

// margin is the border kept around the highlighted pixels, in pixels.
const margin = 16

// crop returns the PNG of the screenshot src cut to the box around its
// highlighted pixels (whole: not cut), in at most 256 colours, and its
// size.
func crop(src []byte, whole bool) (out []byte, w, h int, err error) {
	img, err := png.Decode(bytes.NewReader(src))
	if err != nil {
		return nil, 0, 0, err
	}
	b := img.Bounds()
	if whole {
		return encode(img, b)
	}
	box := image.Rectangle{}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			if c == highlights[0] || c == highlights[1] {
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if box.Empty() {
		return nil, 0, 0, errors.New("the screenshot shows no highlight")
	}
	box = image.Rect(box.Min.X-margin, box.Min.Y-margin, box.Max.X+margin, box.Max.Y+margin).Intersect(b)
	return encode(img, box)
}

// encode returns the PNG of the box of img in at most 256 colours, and its
// size.
func encode(img image.Image, box image.Rectangle) (out []byte, w, h int, err error) {
	p := quantize(img, box)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, p); err != nil {
		return nil, 0, 0, err
	}
	return buf.Bytes(), box.Dx(), box.Dy(), nil
}

// quantize copies the box of img into a paletted image of its 256 most
// frequent colours, every other colour mapped to the nearest of them.
func quantize(img image.Image, box image.Rectangle) *image.Paletted {
	counts := map[color.RGBA]int{}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			counts[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	colors := make([]color.RGBA, 0, len(counts))
	for c := range counts {
		colors = append(colors, c)
	}
	sort.Slice(colors, func(i, j int) bool {
		if counts[colors[i]] != counts[colors[j]] {
			return counts[colors[i]] > counts[colors[j]]
		}
		return rgbaLess(colors[i], colors[j])
	})
	if len(colors) > 256 {
		colors = colors[:256]
	}
	pal := make(color.Palette, len(colors))
	for i, c := range colors {
		pal[i] = c
	}
	out := image.NewPaletted(image.Rect(0, 0, box.Dx(), box.Dy()), pal)
	index := map[color.RGBA]uint8{}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			c := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			i, ok := index[c]
			if !ok {
				i = uint8(pal.Index(c)) //nolint:gosec // the palette has at most 256 colours
				index[c] = i
			}
			out.SetColorIndex(x-box.Min.X, y-box.Min.Y, i)
		}
	}
	return out
}

// rgbaLess orders colours so that ties in frequency sort the same way on
// every run.
func rgbaLess(a, b color.RGBA) bool {
	if a.R != b.R {
		return a.R < b.R
	}
	if a.G != b.G {
		return a.G < b.G
	}
	if a.B != b.B {
		return a.B < b.B
	}
	return a.A < b.A
}

// left returns the PNG src cut to its leftmost width columns of pixels:
// a page laid out narrower than the window that took its screenshot.
func left(src []byte, width int) ([]byte, error) {
	img, err := png.Decode(bytes.NewReader(src))
	if err != nil {
		return nil, err
	}
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, min(width, b.Dx()), b.Dy()))
	draw.Draw(out, out.Bounds(), img, b.Min, draw.Src)
	var buf bytes.Buffer
	if err := png.Encode(&buf, out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
