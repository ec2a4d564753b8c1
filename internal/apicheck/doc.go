// Package apicheck holds tests of the module's public API as pkg.go.dev
// shows it: every exported identifier is documented, every exported
// function has a runnable example, and so does every type with methods.
// The API golden files, which show every change to the API in review, are
// in the tools module, outside the module zip: after a change that is
// meant, rewrite them with
//
//	(cd tools && go test ./apigolden -run TestAPIGolden -update)
package apicheck
