/** Password hashing through the container's Jakarta Security {@code Pbkdf2PasswordHash}. */
package fr.portail.infrastructure.security;
