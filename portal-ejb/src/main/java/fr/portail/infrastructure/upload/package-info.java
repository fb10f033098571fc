/**
 * Checks of the files tenants and staff send: the type is recognised from the content (Apache
 * Tika's magic bytes), then the file must really open as that type (a PDF with OpenPDF, an image
 * with the JDK's decoders), whatever its name says.
 */
package fr.portail.infrastructure.upload;
