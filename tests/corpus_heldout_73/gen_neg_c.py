"""Negative builders, part C: suppliers, IT, facilities, partners, directories, inventories."""
import datetime

from stdnum import luhn

from gen_attach import Att, make_csv, make_docx, make_ics, make_pdf, make_xlsx, make_zip
from gen_common import (closing, earlier, envelope, forward_block, greet, ldate, org, quote_block, signature, fr_date, en_date)
from gen_neg_a import neg
from gen_pos_a import DOCX, PDF, XLSX
from gen_vocab import LOTS, VACCINES


def luhn_serial(ctx, n):
    base = str(ctx.rng.randint(1, 9)) + ''.join(str(ctx.rng.randint(0, 9)) for _ in range(n - 2))
    return base + luhn.calc_check_digit(base)


# ---------------------------------------------------------------- vaccine invoice
def vaccine_invoice(ctx, i, lang):
    spec, s, r = envelope(ctx, 'supplier', 'dsp', lang)
    inv = f'FV-{ctx.rng.randint(2024000, 2025999)}'
    rows = [['Produit', 'Lot', 'Exp.', 'Qté', 'Prix unitaire', 'Total']]
    tot = 0
    for v in ctx.rng.sample(VACCINES, 4):
        q = ctx.rng.randint(10, 200)
        pu = round(ctx.rng.uniform(8, 180), 2)
        tot += q * pu
        rows.append([v[0], ctx.pick(LOTS), f'2026-{ctx.rng.randint(1, 12):02d}', q, f'{pu:.2f}', f'{q * pu:.2f}'])
    rows.append(['', '', '', '', 'TPS/TVQ', 'exonéré'])
    rows.append(['', '', '', '', 'TOTAL', f'{tot:.2f} $'])
    pdf = make_pdf(f'FACTURE {inv}', [f'{org("supplier")[0]}', '1200, boul. Industriel, Laval (Québec) H7L 0A1', f'Client : {org("dsp")[0]}',
                                      f'No client : {ctx.rng.randint(10000, 99999)}   Bon de commande : PO-{ctx.rng.randint(40000, 49999)}',
                                      'Conditions : net 30 jours'], table=rows)
    spec['subject'] = f'Facture {inv}' if lang == 'fr' else f'Invoice {inv}'
    spec['text'] = (f'{greet(ctx, lang)}\n\n' + ('Veuillez trouver ci-jointe la facture pour la livraison de vaccins de cette semaine. '
                                                 'Paiement par TEF apprécié.' if lang == 'fr' else 'Please find attached our invoice for this week\'s vaccine delivery.') +
                    '\n\n' + signature(ctx, s, 'supplier', lang, role='Comptes recevables' if lang == 'fr' else 'Accounts Receivable'))
    spec['atts'] = [Att(f'Facture_{inv}.pdf' if lang == 'fr' else f'Invoice_{inv}.pdf', PDF, pdf)]
    return neg(spec, 'supplier invoice with lot numbers')


# ---------------------------------------------------------------- purchase order
def purchase_order(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'supplier', lang)
    po = f'PO-{ctx.rng.randint(40000, 49999)}'
    items = [('Trousses de naloxone intranasale (2 x 4 mg)', ctx.rng.randint(100, 500)), ('Condoms externes (boîte de 144)', ctx.rng.randint(10, 60)),
             ('Trousses de dépistage VIH au point de service', ctx.rng.randint(50, 200)), ('Tubersol 5 UT/0,1 mL – fiole 1 mL', ctx.rng.randint(20, 80)),
             ('Seringues 1 mL 25G 5/8"', ctx.rng.randint(1000, 5000)), ('Bandelettes de détection du fentanyl', ctx.rng.randint(500, 3000))]
    sel = ctx.rng.sample(items, 4)
    spec['subject'] = f'Bon de commande {po}' if lang == 'fr' else f'Purchase order {po}'
    spec['text'] = (f'{greet(ctx, lang)}\n\n' + ('Voici notre bon de commande. Livraison au quai de réception, 3e porte.' if lang == 'fr' else 'Our purchase order below.') +
                    '\n\n' + '\n'.join(f'- {a} : {b}' for a, b in sel) + f'\n\nCentre de coûts : {ctx.rng.randint(6000, 6999)}-{ctx.rng.randint(100, 999)}\n\n' +
                    signature(ctx, s, 'dsp', lang, role='Agente d’approvisionnement' if lang == 'fr' else 'Procurement'))
    if ctx.chance(0.5):
        spec['atts'] = [Att(f'{po}.xlsx', XLSX, make_xlsx([('Commande', [['Article', 'Quantité']] + [list(x) for x in sel])]))]
    return neg(spec, 'purchase order for harm-reduction and testing supplies')


# ---------------------------------------------------------------- supplier recall
def supplier_recall(ctx, i, lang):
    spec, s, r = envelope(ctx, 'supplier', 'dsp', lang)
    v = ctx.pick(VACCINES)
    lots = ctx.rng.sample(LOTS, 2)
    if lang == 'fr':
        spec['subject'] = f'AVIS DE RAPPEL VOLONTAIRE – {v[0]} – lots {", ".join(lots)}'
        body = (f'Avis aux professionnels de la santé\n\nPar mesure de précaution, le fabricant procède au rappel volontaire des lots '
                f'{" et ".join(lots)} de {v[0]} ({v[1]}) en raison d’un écart de température possible lors du transport. '
                'Aucun problème d’innocuité n’a été signalé. Les doses déjà administrées n’ont pas à être répétées.\n\n'
                'Actions requises : mettre les lots en quarantaine, compléter le formulaire de retour joint et nous le retourner d’ici 10 jours.\n\n'
                + signature(ctx, s, 'supplier', lang, role='Affaires réglementaires'))
    else:
        spec['subject'] = f'VOLUNTARY RECALL – {v[0]} lots {", ".join(lots)}'
        body = (f'Dear healthcare professional,\n\nThe manufacturer is voluntarily recalling lots {" and ".join(lots)} of {v[0]} due to a possible '
                'cold-chain excursion. No safety issue reported; doses given need not be repeated.\n\n' + signature(ctx, s, 'supplier', lang))
    spec['text'] = body
    spec['atts'] = [Att('Formulaire de retour – rappel volontaire.pdf' if lang == 'fr' else 'return_form.pdf', PDF,
                        make_pdf('Formulaire de retour de produit', ['Établissement : ______', 'Lot : ______  Quantité : ____', 'Signature : ______']))]
    return neg(spec, 'supplier lot recall notice')


# ---------------------------------------------------------------- drug shortage
def drug_shortage(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'gmf', lang)
    spec['to'] = [('Prescripteurs et pharmaciens de la région', 'prescripteurs@ciusss-hrv.example')]
    drug = ctx.pick([('pénicilline G benzathine (Bicillin L-A)', 'syphilis', 'doxycycline 100 mg BID x 14 jours'),
                     ('Tubersol', 'tests cutanés à la tuberculine', 'IGRA lorsque disponible'),
                     ('vaccin BCG', 'immunothérapie intravésicale', 'report des traitements non urgents'),
                     ('rifampicine 300 mg', 'ITL', 'régime 3HP')])
    if lang == 'fr':
        spec['subject'] = f'Pénurie – {drug[0]}'
        body = (f'{greet(ctx, lang)}\n\nLe fabricant nous informe d’une rupture d’approvisionnement de {drug[0]} prévue jusqu’en '
                f'{ctx.pick(["mai", "juin", "septembre"])}. Les stocks régionaux sont réservés en priorité aux femmes enceintes et aux '
                f'nouveau-nés. Pour les autres indications ({drug[1]}), l’alternative recommandée est : {drug[2]}.\n\n'
                'Merci de ne pas constituer de réserves locales.\n\n' + signature(ctx, s, 'dsp', lang, role='Pharmacienne – Santé publique'))
    else:
        spec['subject'] = f'Drug shortage – {drug[0]}'
        body = (f'{greet(ctx, lang)}\n\nA supply disruption of {drug[0]} is expected for several months. Remaining stock is reserved for '
                'pregnant patients and newborns.\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    return neg(spec, 'drug shortage notice')


# ---------------------------------------------------------------- cold-chain incident
def cold_chain(ctx, i, lang):
    site = ctx.pick(['clsc', 'clsc2', 'gmf', 'pharm'])
    spec, s, r = envelope(ctx, site, 'dsp', lang)
    sn = f'SN {ctx.pick(["TL", "HR", "VF"])}-{luhn_serial(ctx, 9)}'
    t = round(ctx.rng.uniform(8.5, 14.9), 1)
    hrs = ctx.rng.randint(1, 9)
    rows = [['Heure', 'Température (°C)']] + [[f'{h:02d}:00', round(ctx.rng.uniform(2, t), 1)] for h in range(0, 24, 2)]
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Bris de la chaîne de froid – réfrigérateur à vaccins', 'Écart de température – frigo 2', 'Chaîne de froid – produits en quarantaine'])
        body = (f'{greet(ctx, lang)}\n\nLe réfrigérateur à vaccins ({sn}, actif no {luhn_serial(ctx, 9)}) a enregistré une température maximale de {t} °C '
                f'pendant environ {hrs} h cette nuit (panne électrique). Les produits suivants ont été mis en quarantaine à 2-8 °C : '
                f'{", ".join(v[0] for v in ctx.rng.sample(VACCINES, 3))} (lots {", ".join(ctx.rng.sample(LOTS, 3))}).\n\n'
                'Le relevé du thermomètre enregistreur est joint. Pouvez-vous nous indiquer si les produits peuvent être utilisés ?\n\n'
                + closing(ctx, lang) + '\n\n' + signature(ctx, s, site, lang))
    else:
        spec['subject'] = 'Cold chain break – vaccine fridge'
        body = (f'{greet(ctx, lang)}\n\nOur vaccine fridge ({sn}) reached {t} °C for about {hrs} h overnight. Products are quarantined. '
                'Data logger printout attached.\n\n' + signature(ctx, s, site, lang))
    spec['text'] = body
    spec['atts'] = [Att('relevé_température.csv' if lang == 'fr' else 'temperature_log.csv', 'text/csv', make_csv(rows, delimiter=',', encoding='utf-8'), charset='utf-8')]
    return neg(spec, 'vaccine cold-chain incident with serial and lot numbers')


# ---------------------------------------------------------------- IT notices
def it_notice(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    spec['to'] = [('Utilisateurs – DSP', 'utilisateurs.dsp@ciusss-hrv.example')]
    d = ctx.day()
    sysname = ctx.pick(['système de vigie des MADO', 'registre de vaccination', 'dossier clinique informatisé', 'messagerie sécurisée', 'VPN'])
    if lang == 'fr':
        kind = i % 3
        if kind == 0:
            spec['subject'] = ctx.pick([f'Maintenance planifiée – {sysname} – {fr_date(d)}', f'Interruption de service : {sysname}'])
            body = (f'{greet(ctx, lang)}\n\nUne maintenance du {sysname} aura lieu le {fr_date(d, True)} de 18 h à 23 h. Le système sera '
                    'inaccessible durant cette période. Pour les MADO urgentes, utiliser le formulaire papier et le télécopieur de la vigie.\n\n')
        elif kind == 1:
            spec['subject'] = 'Rappel : changement de mot de passe obligatoire'
            body = (f'{greet(ctx, lang)}\n\nVotre mot de passe réseau expirera le {fr_date(d)}. Le nouveau mot de passe doit contenir au moins '
                    f'14 caractères. L’authentification multifacteur sera obligatoire pour l’accès au {sysname} à distance.\n\n')
        else:
            spec['subject'] = 'Hameçonnage – courriel frauduleux en circulation'
            body = (f'{greet(ctx, lang)}\n\nUn courriel frauduleux intitulé « Mise à jour de votre boîte de courriel » circule depuis ce matin. '
                    'Ne cliquez pas sur le lien et supprimez le message. Si vous avez saisi vos identifiants, communiquez immédiatement avec nous.\n\n')
        body += (f'Billet de référence : INC{ctx.rng.randint(1000000, 9999999)}.\n\nCentre de services TI – poste 5555\n')
    else:
        spec['subject'] = f'Planned maintenance – {sysname}'
        body = f'{greet(ctx, lang)}\n\nThe {sysname} will be unavailable on {en_date(d)} from 6 to 11 pm.\n\nIT Service Desk – ext. 5555\n'
    spec['text'] = body
    return neg(spec, 'IT maintenance / security notice')


# ---------------------------------------------------------------- facilities
def facilities(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    spec['to'] = [('Occupants – 2e et 3e étages', 'occupants.edifice@ciusss-hrv.example')]
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Travaux de ventilation – salle d’isolement', 'Travaux de ventilation et stationnement P2', 'Avis aux occupants – travaux'])
        body = (f'{greet(ctx, lang)}\n\nDes travaux sur le système de ventilation (pression négative) de la salle d’examen TB 2.040 auront lieu '
                'la semaine prochaine. La salle ne pourra pas être utilisée pour les patients contagieux; les lectures de TCT seront '
                'déplacées au local 1.015. Le stationnement P2 sera fermé mercredi pour le déneigement.\n\n' + signature(ctx, s, 'ciusss', lang, role='Service des installations matérielles'))
    else:
        spec['subject'] = 'Ventilation work – TB exam room'
        body = f'{greet(ctx, lang)}\n\nThe negative pressure TB room 2.040 will be out of service next week.\n\n' + signature(ctx, s, 'ciusss', lang)
    spec['text'] = body
    return neg(spec, 'facilities notice')


# ---------------------------------------------------------------- Belgian partner (no patient)
def be_partner_neg(ctx, i, lang):
    spec, s, r = envelope(ctx, 'be', 'dsp', lang) if i % 2 == 0 else envelope(ctx, 'dsp', 'be', lang)
    k = i % 4
    if k == 0:
        spec['subject'] = 'Webinaire conjoint Wallonie–Québec sur la rougeole'
        body = ('Madame, Monsieur,\n\nNous avons le plaisir de vous convier au webinaire conjoint sur la résurgence de la rougeole, le jeudi 15 à '
                '14 h (heure de Bruxelles), soit 8 h au Québec. Intervenants : Dr ' + ctx.staff('M').full() + ' (infectiologue, CHU) et Dre ' +
                ctx.staff('F').full() + ' (médecin-conseil, Québec).\n\nBien à vous,\n\n' + signature(ctx, s, 'be', lang, role='Chargée de projets'))
    elif k == 1:
        spec['subject'] = 'Convention d’échange de données – version finale'
        body = (f'{greet(ctx, lang)}\n\nVoici la version finale de la convention d’échange d’information sur les cas de maladies infectieuses '
                'chez les voyageurs. Seules les données strictement nécessaires (nom, date de naissance, numéro national) seront échangées, '
                'par messagerie chiffrée uniquement. Numéro d’entreprise de l’agence : BE 0' + f'{ctx.rng.randint(200, 999)}.{ctx.rng.randint(100, 999)}.{ctx.rng.randint(100, 999)}' +
                '.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
        spec['atts'] = [Att('Convention_échange_données_v4.docx', DOCX, make_docx('Convention d’échange d’informations', [
            'Article 1 – Objet', 'Article 2 – Données échangées : identifiants, diagnostic, coordonnées, à l’exclusion de toute autre donnée.',
            'Article 3 – Sécurité', 'Article 4 – Durée : 3 ans.'], author=s.full()))]
    elif k == 2:
        spec['subject'] = 'Statistiques tuberculose 2024 – Wallonie'
        body = (f'Chère collègue,\n\nComme convenu lors de notre réunion, voici nos chiffres 2024 : 187 cas de tuberculose déclarés en Wallonie '
                '(incidence 5,1/100 000), dont 9 multirésistants. Septante pour cent des cas sont nés hors de Belgique.\n\n'
                'Bien à vous,\n\n' + signature(ctx, s, 'be', lang, role='Épidémiologiste'))
    else:
        spec['subject'] = 'Mission d’échange – programme de la visite'
        body = (f'{greet(ctx, lang)}\n\nNous confirmons la visite de votre délégation du 3 au 7 juin. Au programme : visite du centre de '
                'vaccination de Namur, rencontre avec l’équipe de réduction des risques et la salle de consommation à moindre risque, '
                'présentation de notre système de surveillance.\n\nCordialement,\n\n' + signature(ctx, s, 'dsp', lang))
    spec['text'] = body
    return neg(spec, 'Belgian partner exchange without patient data')


# ---------------------------------------------------------------- French partner (no patient)
def fr_partner_neg(ctx, i, lang):
    spec, s, r = envelope(ctx, 'fr', 'dsp', lang)
    k = i % 4
    siret = luhn_serial(ctx, 14)
    if k == 0:
        spec['subject'] = 'Retour d’expérience – gestion des IIM en collectivité'
        body = (f'Bonjour,\n\nSuite à notre échange, je vous transmets notre retour d’expérience sur la gestion des infections invasives '
                'à méningocoque en milieu scolaire (campagne de vaccination autour de 3 cas en 2024). Aucune donnée nominative n’y figure.\n\n'
                'Bien cordialement,\n\n' + signature(ctx, s, 'fr', lang, role='Ingénieure d’études sanitaires'))
        spec['atts'] = [Att('RETEX_IIM_2024.pdf', PDF, make_pdf('Retour d’expérience – IIM en collectivité', [
            '3 cas groupés de sérogroupe B en lycée; 1 200 élèves vaccinés.', 'Délai moyen de chimioprophylaxie : 26 h.'], compress=True))]
    elif k == 1:
        spec['subject'] = 'Facture – formation inter-agences'
        body = (f'Madame, Monsieur,\n\nVeuillez trouver la facture relative à la formation inter-agences. SIRET : {siret}. '
                f'Montant : {ctx.rng.randint(800, 3000)},00 EUR.\n\nCordialement,\n\n' + signature(ctx, s, 'fr', lang, role='Service financier'))
    elif k == 2:
        spec['subject'] = 'Colloque franco-québécois – appel à communications'
        body = ('Chers collègues,\n\nL’appel à communications pour le colloque franco-québécois de santé publique (thème : « Vaccination et '
                'confiance ») est ouvert jusqu’au 30 avril. Les résumés (300 mots) peuvent porter sur la couverture vaccinale, la '
                'communication des risques ou la rougeole.\n\nBien cordialement,\n\n' + signature(ctx, s, 'fr', lang))
    else:
        spec['subject'] = 'Point de situation – dengue autochtone'
        body = ('Bonjour,\n\nPour information : 42 cas de dengue autochtone ont été identifiés cette saison dans la région (aucun décès). '
                'Les voyageurs de retour présentant une fièvre doivent être orientés vers un dépistage.\n\nCordialement,\n\n' + signature(ctx, s, 'fr', lang))
    spec['text'] = body
    return neg(spec, 'French partner exchange without patient data')


# ---------------------------------------------------------------- Ontario partner (no patient)
def ontario_neg(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ontario', 'dsp', lang)
    k = i % 3
    if k == 0:
        spec['subject'] = 'Interprovincial notification protocol – draft for comment'
        body = ('Hello,\n\nAttached is the draft protocol for interprovincial case notification (TB, measles, IMD). Please note that personal '
                'identifiers (name, DOB, health number) must only be sent via the secure file transfer, never by regular e-mail.\n\n' +
                signature(ctx, s, 'ontario', lang))
        spec['atts'] = [Att('IPN_protocol_draft.docx', DOCX, make_docx('Interprovincial notification protocol (draft)', [
            'Scope: reportable diseases requiring cross-border follow-up.', 'Data elements: see Annex A (template only).'], author=s.full()))]
    elif k == 1:
        spec['subject'] = 'Outbreak summary – Ottawa Valley (aggregate)'
        body = ('Hi,\n\nFYI: 11 institutional outbreaks declared last month (7 COVID-19, 3 influenza, 1 norovirus). Full report on our website.\n\n' +
                signature(ctx, s, 'ontario', lang))
    else:
        spec['subject'] = 'Joint training – TB case management'
        body = ('Good morning,\n\nOur TB program lead, Dr. ' + ctx.staff().full() + ', will present on pediatric TB at the joint training. '
                'Please share with your team.\n\n' + signature(ctx, s, 'ontario', lang))
    spec['text'] = body
    return neg(spec, 'Ontario partner exchange without patient data')


# ---------------------------------------------------------------- physician directory
def physician_directory(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'gmf', lang)
    spec['to'] = [('Médecins de famille – région', 'mdf@ciusss-hrv.example')]
    rows = []
    specs_fr = [('infectiologue', 'tuberculose, VIH, syphilis'), ('pneumologue', 'tuberculose active et ITL'),
                ('pédiatre', 'tuberculose pédiatrique, vaccination des enfants à risque'), ('hépatologue', 'hépatites B et C'),
                ('médecin de famille', 'PrEP, ITSS, TAO'), ('microbiologiste', 'interprétation IGRA et sérologies')]
    for sp, dz in ctx.rng.sample(specs_fr, 4):
        st = ctx.staff()
        rows.append(f'- {"Dre" if st.sex == "F" else "Dr"} {st.full()}, {sp} – {dz} – {org(ctx.pick(["hosp", "hosp2", "cdp"]))[0]}, {ctx.phone()}')
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Répertoire des ressources spécialisées – mise à jour', 'Corridors de services – maladies infectieuses'])
        body = (f'{greet(ctx, lang)}\n\nVoici la mise à jour des corridors de services pour la prise en charge des maladies infectieuses :\n\n' +
                '\n'.join(rows) + '\n\nLes références se font par le formulaire régional de consultation.\n\n' + signature(ctx, s, 'dsp', lang))
    else:
        spec['subject'] = 'Specialist referral directory – infectious diseases'
        body = f'{greet(ctx, lang)}\n\nUpdated referral directory:\n\n' + '\n'.join(rows) + '\n\n' + signature(ctx, s, 'dsp', lang)
    spec['text'] = body
    return neg(spec, 'physician directory with diseases treated')


# ---------------------------------------------------------------- staff survey
def staff_survey(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    spec['to'] = [('Tout le personnel', 'tout.personnel@ciusss-hrv.example')]
    if lang == 'fr':
        spec['subject'] = 'Sondage – bien-être au travail (10 minutes)'
        body = (f'{greet(ctx, lang)}\n\nNous vous invitons à répondre au sondage anonyme sur le bien-être au travail. Les résultats seront '
                'présentés de façon agrégée par direction (minimum 10 répondants). Lien : https://sondage.example/bt2025\n\n' + signature(ctx, s, 'ciusss', lang))
    else:
        spec['subject'] = 'Staff survey – workplace wellbeing'
        body = f'{greet(ctx, lang)}\n\nPlease complete the anonymous staff survey: https://survey.example/wb2025\n\n' + signature(ctx, s, 'ciusss', lang)
    spec['text'] = body
    return neg(spec, 'anonymous staff survey invitation')


# ---------------------------------------------------------------- ZIP of campaign materials
def zip_materials(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'clsc', lang)
    poster = make_pdf('Faites-vous vacciner contre la grippe !' if lang == 'fr' else 'Get your flu shot!', [
        'Gratuit pour les 60 ans et plus et les personnes atteintes de maladies chroniques.', 'Rendez-vous en ligne ou au 1 877 555-0144.'])
    flyer = make_docx('Dépistage des ITSS : c’est simple' if lang == 'fr' else 'STI testing is easy', [
        'Test urinaire ou prélèvement autoprélevé.', 'Résultats confidentiels.', 'Clinique Le Relais – sans rendez-vous le mardi.'])
    csvb = make_csv([['Point de service', 'Affiches', 'Dépliants'], ['CLSC des Érables', 20, 300], ['CLSC du Vieux-Moulin', 15, 250]])
    z = make_zip([('campagne/affiche_grippe.pdf', poster), ('campagne/depliant_ITSS.docx', flyer), ('campagne/distribution.csv', csvb)])
    spec['subject'] = 'Matériel de campagne (zip)' if lang == 'fr' else 'Campaign materials (zip)'
    spec['text'] = f'{greet(ctx, lang, r)}\n\n' + ('Voici le matériel de la campagne automnale à imprimer.' if lang == 'fr' else 'Campaign materials attached.') + '\n\n' + signature(ctx, s, 'dsp', lang)
    spec['atts'] = [Att('campagne_automne.zip', 'application/zip', z)]
    return neg(spec, 'ZIP of public campaign materials')


# ---------------------------------------------------------------- asset inventory (checksum-valid serials)
def asset_inventory(ctx, i, lang):
    spec, s, r = envelope(ctx, 'ciusss', 'dsp', lang)
    rows = [['No d’actif', 'No de série', 'Description', 'Local', 'Dernier entretien']]
    for _ in range(ctx.rng.randint(5, 9)):
        rows.append([luhn_serial(ctx, 9), luhn_serial(ctx, 10), ctx.pick(['Réfrigérateur à vaccins 15 pi³', 'Thermomètre enregistreur',
                                                                         'Spiromètre portable', 'Glacière validée', 'Défibrillateur DEA', 'Portable Latitude']),
                     ctx.pick(['1.015', '2.040', '2.117', 'Clinique A']), ctx.day().isoformat()])
    if ctx.chance(0.5):
        att = Att('inventaire_équipements.xlsx', XLSX, make_xlsx([('Inventaire', rows)]))
    else:
        att = Att('inventaire.csv', 'text/csv', make_csv(rows, encoding='cp1252'), charset='windows-1252')
    spec['subject'] = 'Inventaire annuel des équipements' if lang == 'fr' else 'Annual equipment inventory'
    spec['text'] = (f'{greet(ctx, lang)}\n\n' + ('Merci de valider la liste des équipements de votre secteur (numéros d’actif et de série) '
                                                 'd’ici le 31 mars.' if lang == 'fr' else 'Please validate your equipment list (asset and serial numbers).') +
                    '\n\n' + signature(ctx, s, 'ciusss', lang, role='Génie biomédical'))
    spec['atts'] = [att]
    return neg(spec, 'equipment inventory with checksum-valid asset/serial numbers')


# ---------------------------------------------------------------- organisational question (no patient)
def org_question(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['school', 'clsc']), lang)
    d0 = earlier(ctx, spec['date'], (3, 40))
    asker = ctx.staff()
    from gen_common import gender_role
    if lang == 'fr':
        q = ctx.pick([('Exclusion en garderie – pieds-mains-bouche', 'Bonjour,\n\nNous sommes un CPE de 80 places. Faut-il exclure les enfants '
                       'atteints de la maladie pieds-mains-bouche ? Nos éducatrices enceintes doivent-elles être retirées ?\n\nMerci,\n' +
                       asker.full() + '\n' + gender_role('Directrice générale', asker.sex) + ', CPE Les Petits Castors', 'cpe-castors.example'),
                      ('Cyanobactéries – plage municipale', 'Bonjour,\n\nUne fleur d’eau d’algues bleu-vert a été observée au lac municipal. '
                       'Devons-nous fermer la plage ?\n\n' + asker.full() + '\n' + gender_role('Directrice des loisirs', asker.sex) +
                       ', Municipalité de Lac-Boisé', 'lacboise-municipalite.example')])
        spec['subject'] = 'RE: ' + q[0]
        spec['text'] = (f'{greet(ctx, lang, asker)}\n\n' + ('Aucune exclusion n’est recommandée si l’enfant peut participer aux activités. Les '
                                                            'mesures d’hygiène des mains et la désinfection des jouets suffisent. Les travailleuses enceintes '
                                                            'peuvent consulter le programme Pour une maternité sans danger.' if 'garderie' in q[0] else
                                                            'Nous recommandons d’interdire la baignade jusqu’à la disparition de la fleur d’eau.') +
                        '\n\n' + signature(ctx, s, 'dsp', lang) + '\n\n' + quote_block(ctx, lang, (asker.full(), asker.addr(q[2])), d0, q[0], q[1]))
    else:
        q = ('Flu shots for staff at our company', f'Hello,\n\nOur company (120 employees) would like to hold a flu clinic. Is that possible?\n\n{asker.full()}\nHR Manager')
        spec['subject'] = 'RE: ' + q[0]
        spec['text'] = (f'{greet(ctx, lang, asker)}\n\nWorkplace clinics are offered through private pharmacies; here is a list.\n\n' +
                        signature(ctx, s, 'dsp', lang) + '\n\n' + quote_block(ctx, lang, (asker.full(), asker.addr('company.example')), d0, q[0], q[1]))
    spec['to'] = [(asker.full(), asker.addr(q[2] if lang == 'fr' else 'company.example'))]
    return neg(spec, 'organisational question answered (no patient)')


# ---------------------------------------------------------------- attached .eml (non-confidential)
def attached_eml_neg(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'clsc', lang)
    inner, isend, _ = envelope(ctx, 'supplier', 'dsp', lang, recipient=s)
    inner['date'] = earlier(ctx, spec['date'])
    if lang == 'fr':
        inner['subject'] = 'Avis de livraison – retard'
        inner['text'] = ('Bonjour,\n\nEn raison de la tempête, les livraisons de vaccins prévues mardi sont reportées à jeudi. '
                         'Les produits réfrigérés seront livrés en glacières validées (72 h).\n\n' + signature(ctx, isend, 'supplier', lang))
        spec['subject'] = 'TR: Avis de livraison – retard'
        spec['text'] = f'{greet(ctx, lang, r)}\n\nPour info, voir le message joint. Ajustez les cliniques en conséquence.\n\n' + signature(ctx, s, 'dsp', lang, short=True)
        fn = 'Avis de livraison – retard.eml'
    else:
        inner['subject'] = 'Delivery delay'
        inner['text'] = 'Hello,\n\nDue to the storm, Tuesday vaccine deliveries move to Thursday.\n\n' + signature(ctx, isend, 'supplier', lang)
        spec['subject'] = 'FW: Delivery delay'
        spec['text'] = f'{greet(ctx, lang, r)}\n\nFYI, see attached.\n\n' + signature(ctx, s, 'dsp', lang, short=True)
        fn = 'Delivery delay.eml'
    spec['atts'] = [Att(fn, 'message/rfc822', inner)]
    return neg(spec, 'forwarded supplier notice as attached message')


# ---------------------------------------------------------------- annual report PDF
def annual_report(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    rows = [['Indicateur', '2023', '2024', 'Variation']]
    for lab in ['Cas de chlamydia', 'Cas de gonorrhée', 'Cas de syphilis infectieuse', 'Cas de tuberculose active', 'Éclosions en CHSLD',
                'Doses de vaccin antigrippal administrées', 'Visites au SCS', 'Trousses de naloxone distribuées']:
        a, b = ctx.rng.randint(5, 5000), ctx.rng.randint(5, 5000)
        rows.append([lab, a, b, f'{(b - a) / a * 100:+.0f} %'])
    pdf = make_pdf('Rapport annuel 2024 – Direction de santé publique', ['Faits saillants', 'Les données présentées sont agrégées et '
                                                                        'provisoires. Aucun cas individuel n’est présenté.'], table=rows, compress=ctx.chance(0.5))
    spec['subject'] = 'Rapport annuel 2024 – version pour approbation' if lang == 'fr' else 'Annual report 2024 – for approval'
    spec['text'] = f'{greet(ctx, lang, r)}\n\n' + ('Voici le rapport annuel pour approbation par le CA.' if lang == 'fr' else 'Annual report attached for board approval.') + '\n\n' + signature(ctx, s, 'dsp', lang)
    spec['atts'] = [Att('Rapport_annuel_2024_DSP.pdf', PDF, pdf)]
    return neg(spec, 'annual report with aggregate indicators')


# ---------------------------------------------------------------- clinic shift invitation
def clinic_shift_ics(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'clsc', lang)
    d = ctx.day()
    start = datetime.datetime.combine(d, datetime.time(ctx.pick([8, 12]), 0))
    summ = ctx.pick(['Clinique de vaccination – école des Pionniers', 'Clinique ITSS mobile – cégep', 'Clinique de dépistage TB – refuge (quart)'])
    ics = make_ics(f'{ctx.rng.getrandbits(64):016x}@dsp', start, start + datetime.timedelta(hours=4), summ,
                   'Quart de travail. Apporter sarrau et carte d’employé. Matériel au local 104.', ctx.pick(['Gymnase', 'Local 2.12', 'Salle communautaire']),
                   (s.full(), s.addr(org('dsp')[1])), [(r.full(), r.addr(org('clsc')[1]))])
    spec['subject'] = f'Invitation : {summ}' if lang == 'fr' else f'Invitation: {summ}'
    spec['text'] = f'{greet(ctx, lang, r)}\n\n' + ('Merci d’accepter l’invitation pour ton quart.' if lang == 'fr' else 'Please accept the shift invite.') + '\n\n' + signature(ctx, s, 'dsp', lang, short=True)
    spec['atts'] = [Att('invite.ics', 'text/calendar', ics, charset='utf-8; method=REQUEST')]
    return neg(spec, 'calendar invitation for a staff shift at a clinic')


NEG_C = [
    ('vaccine_invoice', vaccine_invoice, 'ffef'),
    ('purchase_order', purchase_order, 'ffef'),
    ('supplier_recall', supplier_recall, 'ffef'),
    ('drug_shortage', drug_shortage, 'fffe'),
    ('cold_chain', cold_chain, 'ffef'),
    ('it_notice', it_notice, 'ffef'),
    ('facilities', facilities, 'ffe'),
    ('be_partner', be_partner_neg, 'ffff'),
    ('fr_partner', fr_partner_neg, 'ffff'),
    ('ontario_partner', ontario_neg, 'eee'),
    ('physician_directory', physician_directory, 'ffef'),
    ('staff_survey', staff_survey, 'ffe'),
    ('zip_materials', zip_materials, 'ffe'),
    ('asset_inventory', asset_inventory, 'ffef'),
    ('org_question', org_question, 'ffe'),
    ('attached_eml', attached_eml_neg, 'ffe'),
    ('annual_report', annual_report, 'ffe'),
    ('clinic_shift_invite', clinic_shift_ics, 'ffe'),
]
