/** The staff workspace (/gestion/…): the inbox and the task forms. */
package fr.portail.interfaces.staff.web;
