#!/usr/bin/env node
/**
 * `npm run bench`: speed, size and smoothness, checked against the budgets. See bench/main.js for the
 * options; `npm run bench -- --quick` leaves out the 1 GB captures.
 */
import { main } from '../bench/main.js';

process.exitCode = await main(process.argv.slice(2));
