"""Negative templates, part 3: minutes, staff vCards, template ZIPs, forwarded notices, staff replies,
formulary, bed availability, webinars, audits, brochures, asset lists, support groups, process notes,
anonymised incidents, accreditation."""
from gen_attach import make_pdf, make_docx, make_xlsx, make_zip, make_csv, make_ics, make_vcard
from gen_common import org, staff_member, phone, date_fr, date_en, hour, hour_en, address, postal, dates
from gen_mime import Leaf, Rfc822, build_message, fmt_addr, encode_header
from gen_pos_base import Types, finish, role, yesno
from gen_pos3 import att
from gen_style import to_list, reply_block, msg_date, compose
from gen_neg1 import XLSX, DOCX, _none
from gen_neg2 import _luhn_serial


def n_vcard_staff(r, lang, ctx):
    o = org(r)
    s = staff_member(r)
    fr = lang == 'fr'
    v = make_vcard(s.full, [s.surname, s.given, '', '', ''], org=o[0], title=s.role_fr if fr else s.role_en,
                   tels=[('WORK', phone(r)), ('CELL', phone(r))], emails=[s.email(o[1])])
    body = ('Voici mes coordonnées à jour (nouveau cellulaire de garde).' if fr else 'My updated contact details (new on-call cell).')
    subj = 'Mes coordonnées' if fr else 'My contact info'
    return finish(r, lang, 'staff_vcard', _none(), 'staff member vCard', subj, body, o, s, to_list(r, 2, o[1]),
                  attachments=[Leaf('text/vcard', v, 'utf-8', '8bit', filename='%s.vcf' % s.surname.lower())])


def n_zip_templates(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(9))
    fr = lang == 'fr'
    m = [('lettre_condoleances_modele.docx' if fr else 'condolence_letter_template.docx',
          make_docx('Modèle de lettre' if fr else 'Letter template',
                    ['Chère famille [NOM],' if fr else 'Dear [NAME] family,',
                     'Toute l\'équipe se joint à moi pour vous offrir ses plus sincères condoléances...' if fr else
                     'On behalf of the whole team, please accept our deepest condolences...'])),
         ('grille_ESAS.pdf' if fr else 'ESAS_form.pdf',
          make_pdf('ESAS-r', ['Douleur 0-10', 'Fatigue 0-10', 'Nausée 0-10', 'Dépression 0-10', 'Anxiété 0-10', 'Somnolence 0-10',
                              'Appétit 0-10', 'Bien-être 0-10', 'Essoufflement 0-10'] if fr else
                   ['Pain 0-10', 'Tiredness 0-10', 'Nausea 0-10', 'Depression 0-10', 'Anxiety 0-10'])),
         ('PPS_echelle.pdf' if fr else 'PPS_scale.pdf', make_pdf('Palliative Performance Scale', ['100 % ... 0 %']))]
    z = make_zip(m)
    body = ('Trousse d\'outils cliniques mise à jour (gabarits vierges). À enregistrer sur le lecteur partagé.' if fr else
            'Updated clinical toolkit (blank templates). Please save to the shared drive.')
    subj = 'Trousse d\'outils – gabarits' if fr else 'Toolkit - templates'
    return finish(r, lang, 'zip_templates', _none(), 'zip of blank templates', subj, body, o, s, to_list(r, 4, o[1]),
                  attachments=[att(r, 'application/zip', z, 'trousse_outils_SP_révisée.zip' if fr else 'palliative_toolkit.zip')])


def n_formulary(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(3))
    fr = lang == 'fr'
    body = (r.choice(['Le comité de pharmacologie a ajouté la méthadone liquide 10 mg/mL au formulaire. Prescription réservée aux '
                      'médecins détenant l\'exemption fédérale jusqu\'au 31 mars, puis ouverte à tous.',
                      'Changement au formulaire : le fentanyl timbre 12 mcg/h remplace le 25 mcg/h comme dose de départ chez '
                      'la personne âgée fragile. Le PEG 3350 remplace le lactulose en première ligne.',
                      'Rappel : les timbres de fentanyl usagés doivent être pliés et retournés à la pharmacie dans le contenant prévu.'])
            if fr else
            r.choice(['P&T added methadone oral solution 10 mg/mL to the formulary.',
                      'Formulary change: PEG 3350 replaces lactulose as first-line laxative.',
                      'Reminder: used fentanyl patches must be folded and returned to pharmacy.']))
    subj = r.choice(['Mise à jour du formulaire', 'Info pharmacie']) if fr else 'Formulary update'
    return finish(r, lang, 'formulary_update', _none(), 'formulary update without patients', subj, body, o, s,
                  [('Prescripteurs' if fr else 'Prescribers', 'prescripteurs@%s' % o[1])])


def n_beds(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(4))
    fr = lang == 'fr'
    n = r.randint(0, 4)
    body = (('État des lits USP ce matin : %d lit(s) disponible(s), %d congé(s) prévu(s) aujourd\'hui, %d demande(s) en attente '
             'au guichet. Priorité aux demandes provenant du domicile.') % (n, r.randint(0, 2), r.randint(1, 6)) if fr else
            ('PCU bed status: %d bed(s) available, %d discharge(s) today, %d pending request(s).') % (n, r.randint(0, 2), r.randint(1, 6)))
    subj = 'Lits disponibles USP' if fr else 'PCU bed availability'
    return finish(r, lang, 'bed_status', _none(), 'bed availability counts only', subj, body, o, s, to_list(r, 3, o[1]),
                  greet=yesno(r))


def n_webinar(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('conseillère en formation', 'education coordinator', False))
    sp = staff_member(r, role(r.choice([1, 8, 13])))
    fr = lang == 'fr'
    topic = r.choice(['Animer une rencontre familiale difficile', 'Gestion des symptômes réfractaires',
                      'Le deuil chez les proches aidants'] if fr else ['Running difficult family meetings',
                                                                        'Refractory symptom management'])
    day = r.randint(17, 28)
    start = '202503%02dT120000' % day
    ics = make_ics('webinaire-%d@%s' % (day, o[1]), 'Webinaire : %s' % topic if fr else 'Webinar: %s' % topic, start,
                   start[:9] + '130000', 'Teams', '%s — %s' % (topic, sp.display(lang)), (s.full, s.email(o[1])))
    body = (('Webinaire le %d mars à midi : « %s » par %s. Invitation ci-jointe. 1 h de formation continue.' if fr else
             'Webinar on March %d at noon: "%s" by %s. Invite attached.') % (day, topic, sp.display(lang)))
    return finish(r, lang, 'webinar_invite', _none(), 'education webinar invitation', 'Webinaire – %s' % topic if fr else 'Webinar - %s' % topic,
                  body, o, s, to_list(r, 3, o[1]), attachments=[Leaf('text/calendar', ics, 'utf-8', 'base64', filename='webinaire.ics',
                                                                     extra_params={'method': 'REQUEST'})])


def n_audit(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('conseillère qualité', 'quality advisor', False))
    fr = lang == 'fr'
    a, b, c = r.randint(60, 95), r.randint(50, 90), r.randint(40, 85)
    body = (('Résultats de l\'audit de dossiers (n = 40, dossiers tirés au hasard, données dénominalisées) :\n'
             '- Évaluation de la douleur documentée q4h : %d %%\n- Niveau de soins documenté à l\'admission : %d %%\n'
             '- Rencontre familiale dans les 72 h : %d %%\n\nPlan d\'action présenté au comité qualité.') % (a, b, c) if fr else
            ('Chart audit results (n = 40 random charts, de-identified):\n- Pain assessment documented q4h: %d%%\n'
             '- Goals of care at admission: %d%%\n- Family meeting within 72 h: %d%%') % (a, b, c))
    subj = 'Résultats audit dossiers' if fr else 'Chart audit results'
    return finish(r, lang, 'quality_audit', _none(), 'aggregate chart audit', subj, body, o, s, to_list(r, 3, o[1]))


def n_assets(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('technicienne, génie biomédical', 'biomedical technician', False))
    fr = lang == 'fr'
    head = ['actif', 'modele', 'no_serie', 'emplacement', 'prochain_entretien'] if fr else ['asset', 'model', 'serial', 'location', 'next_service']
    rows = [head]
    for _ in range(r.randint(6, 12)):
        rows.append(['GBM-%05d' % r.randint(10000, 99999), r.choice(['CADD-Solis', 'AP-300', 'BodyGuard 323', 'Lit Hill-Rom']),
                     _luhn_serial(r, r.choice([9, 10])), r.choice(['USP 3e', 'Prêt SAD', 'Entrepôt', 'Maison Phare-Bleu']),
                     '2025-%02d-%02d' % (r.randint(4, 12), r.randint(1, 28))])
    data = make_csv(rows, ';' if fr else ',', 'utf-8')
    body = ('Inventaire des pompes et lits avec numéros de série pour l\'entretien préventif.' if fr else
            'Pump and bed inventory with serial numbers for preventive maintenance.')
    return finish(r, lang, 'asset_inventory', _none(), 'equipment inventory with checksum-valid serials', 'Inventaire équipements' if fr else 'Equipment inventory',
                  body, o, s, to_list(r, 2, o[1]), attachments=[att(r, 'text/csv', data, 'inventaire_GBM.csv' if fr else 'assets.csv', 'plain_utf8')])


def n_bereavement_group(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(8))
    fr = lang == 'fr'
    body = (('Les groupes de soutien au deuil reprennent le %s : 8 rencontres, les mardis de 19 h à 21 h, à la salle '
             'communautaire. Gratuit, inscription au %s. Vous pouvez remettre le dépliant aux familles que vous accompagnez.')
            % (date_fr(r, 4), phone(r)) if fr else
            ('Bereavement support groups resume on %s: 8 sessions, Tuesdays 7-9 p.m. Free; register at %s.') % (date_en(r, 4), phone(r)))
    subj = 'Groupes de soutien au deuil – session printemps' if fr else 'Bereavement support groups - spring'
    return finish(r, lang, 'bereavement_group_notice', _none(), 'public bereavement group schedule', subj, body, o, s, to_list(r, 3, o[1]))


def n_referral_process(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(9))
    fr = lang == 'fr'
    body = (('À partir du %s, toutes les références au SAD palliatif doivent inclure : nom, date de naissance, NAM, '
             'adresse, diagnostic principal, PPS, liste de médicaments et niveau de soins. Les références incomplètes seront '
             'retournées. Utilisez le gabarit du lecteur partagé et transmettez-le uniquement par le courriel sécurisé.')
            % date_fr(r, 4) if fr else
            ('Starting %s, every home palliative referral must include name, DOB, health number, address, diagnosis, PPS, '
             'medication list and goals of care. Use the secure mailbox only.') % date_en(r, 4))
    subj = 'Nouvelle procédure de référence SAD' if fr else 'New referral procedure'
    return finish(r, lang, 'process_notice', _none(), 'referral procedure listing required fields, no patient', subj, body, o, s,
                  to_list(r, 4, o[1]))


def n_anon_incident(r, lang, ctx):
    o = org(r)
    s = staff_member(r, ('gestionnaire des risques', 'risk manager', False))
    fr = lang == 'fr'
    body = (('Résumé des déclarations d\'incidents/accidents du trimestre (AH-223) : 14 déclarations, dont 6 erreurs de '
             'médication (3 reliées à la concentration d\'hydromorphone), 5 chutes sans conséquence et 3 bris d\'équipement. '
             'Aucun événement sentinelle. Rappel : double vérification indépendante pour toute seringue SC d\'opioïde.')
            if fr else
            ('Quarterly incident summary: 14 reports including 6 medication errors (3 related to hydromorphone concentration), '
             '5 falls without harm and 3 equipment failures. No sentinel event.'))
    subj = 'Bilan trimestriel des incidents' if fr else 'Quarterly incident summary'
    return finish(r, lang, 'incident_summary', _none(), 'anonymised aggregate incident summary', subj, body, o, s, to_list(r, 3, o[1]))


def n_accreditation(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(9))
    fr = lang == 'fr'
    body = (('La visite d\'Agrément (fictive) aura lieu du %s au %s. Les visiteurs pourraient vous interroger sur : '
             'l\'identification des usagers (deux identifiants), le bilan comparatif des médicaments, la prévention des chutes '
             'et la gestion de la douleur. Révisez les pratiques organisationnelles requises (POR).') % tuple(dates(r, lang, 5, 2))
            if fr else
            ('The accreditation visit is scheduled from %s to %s. Review the required organizational practices: two client '
             'identifiers, medication reconciliation, falls prevention, pain management.') % tuple(dates(r, lang, 5, 2)))
    subj = 'Visite d\'agrément' if fr else 'Accreditation visit'
    return finish(r, lang, 'accreditation', _none(), 'accreditation notice', subj, body, o, s, to_list(r, 4, o[1]))
