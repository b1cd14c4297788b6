CREATE TABLE no_header (id int);
