/**
 * The benchmark's probes: servlets added to the portal's web module of the benchmark's deployment
 * only (never to the shipped EAR). Each is reached over HTTP by a session logged in through the
 * portal's own login page, runs its loop inside the server as that caller and answers its own
 * timings, so that the figures are those of the service layer and of the engine, not of HTTP.
 */
package fr.portail.bench.probe;
