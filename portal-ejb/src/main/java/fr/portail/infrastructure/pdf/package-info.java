/** PDF documents of a contract: rent notices (avis d'échéance) and receipts (quittances). */
package fr.portail.infrastructure.pdf;
