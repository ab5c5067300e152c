module github.com/strata-runtime/strata

go 1.26.8
