/**
 * The managers' figures on technical requests: the facts of each request read from the database,
 * and the computations made of them (open requests by residence, category and age, deadlines
 * missed, satisfaction, time spent per step in working hours). Plain Java: no engine, no screen.
 */
package fr.portail.domain.model.dashboard;
