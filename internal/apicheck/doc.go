// Package apicheck holds tests of the module's public API as pkg.go.dev
// shows it: every exported identifier is documented, every exported
// function has a runnable example, and so does every type with methods;
// and each public package's `go doc -all` output matches its golden file
// in testdata/api, so that every change to the API shows in review. After
// a change that is meant, rewrite the golden files with
//
//	go test ./internal/apicheck -run TestAPIGolden -update
package apicheck
